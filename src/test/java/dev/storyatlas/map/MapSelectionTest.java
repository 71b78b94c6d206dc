package dev.storyatlas.map;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyatlas.story.Actor;
import dev.storyatlas.story.Link;
import dev.storyatlas.story.Place;
import dev.storyatlas.story.Story;
import dev.storyatlas.story.StoryItem;
import dev.storyatlas.story.StoryLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

class MapSelectionTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    private final Story story = new StoryLoader().load(new ClassPathResource("stories/taz-2024-10-nordkorea-soldaten.yaml"));

    @Test
    void the_item_counts_per_place_agree_with_the_items_listed_at_each_place_for_every_filter() {
        List<MapState> states = new ArrayList<>(List.of(MapState.EMPTY,
                new MapState(null, Set.of(), null, null, "2024-10-18", null),
                new MapState(null, Set.of(), null, null, null, "2024-10-01")));
        for (Actor actor : story.actors()) {
            states.add(new MapState(null, Set.of(actor.id()), null));
        }

        for (MapState state : states) {
            MapSelection shown = MapSelection.of(story, state);
            Map<String, Integer> counts = shown.itemCounts();
            for (Place place : story.places()) {
                int listed = shown.itemsAt(place.id()).size();
                assertThat(counts.getOrDefault(place.id(), 0)).as("%s with %s", place.id(), state).isEqualTo(listed);
            }
            assertThat(counts.keySet()).as("places with items, %s", state)
                    .containsExactlyInAnyOrderElementsOf(shown.places().stream().map(Place::id).toList());
        }
    }

    @Test
    void reports_assessments_and_quotes_are_counted_apart_and_together_are_every_shown_item() {
        MapSelection all = MapSelection.of(story, MapState.EMPTY);
        MapSelection china = MapSelection.of(story, new MapState(null, Set.of("china"), null));

        assertThat(all.assessments()).isEqualTo(4);
        assertThat(all.reports() + all.assessments() + all.quotes()).isEqualTo(all.items().size());
        assertThat(china.assessments()).as("the taz's analysis of China").isEqualTo(2);
        assertThat(china.reports()).isZero();
        assertThat(china.quotes()).isEqualTo(1);
    }

    @Test
    void a_time_range_hides_a_line_of_another_day_and_keeps_items_without_a_place() {
        Story ferry = new StoryLoader().load(new ClassPathResource("fixtures/ferry.yaml"));

        MapSelection visitDay = MapSelection.of(ferry, new MapState(null, Set.of(), null, null, "2024-06-04", "2024-06-04"));
        MapSelection dayBefore = MapSelection.of(ferry, new MapState(null, Set.of(), null, null, "2024-06-03", "2024-06-03"));

        assertThat(visitDay.links()).extracting(Link::id).containsExactly("mayor-to-seestadt");
        assertThat(dayBefore.links()).isEmpty();
        assertThat(dayBefore.itemsAt(StoryItem.WITHOUT_PLACE)).extracting(StoryItem::id).containsExactly("twice-daily", "fares-rise", "gain");
        assertThat(visitDay.itemsAt(StoryItem.WITHOUT_PLACE)).extracting(StoryItem::id).containsExactly("fares-rise", "gain");
        assertThat(dayBefore.showsPlace(StoryItem.WITHOUT_PLACE)).isTrue();
    }

    @Test
    void an_item_that_names_a_place_twice_counts_once_there_as_it_is_listed_once(@TempDir Path dir) throws Exception {
        Files.copy(FIXTURES.resolve("bridge.txt"), dir.resolve("bridge.txt"));
        String yaml = Files.readString(FIXTURES.resolve("bridge.yaml")).replace(
                "    places: [{ place: bergstadt, basis: named }]\n    when:",
                "    places: [{ place: bergstadt, basis: named }, { place: bergstadt, basis: implied, note: the bridge stands in the town }]\n    when:");
        Files.writeString(dir.resolve("bridge.yaml"), yaml);
        Story twice = new StoryLoader().load(new FileSystemResource(dir.resolve("bridge.yaml")));
        assertThat(twice.incidents().getFirst().places()).hasSize(2);

        MapSelection shown = MapSelection.of(twice, MapState.EMPTY);

        assertThat(shown.itemsAt("bergstadt")).hasSize(2);
        assertThat(shown.itemCounts()).containsExactly(Map.entry("bergstadt", 2));
    }
}
