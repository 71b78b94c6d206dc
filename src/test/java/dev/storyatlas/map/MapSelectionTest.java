package dev.storyatlas.map;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyatlas.story.Actor;
import dev.storyatlas.story.Place;
import dev.storyatlas.story.Story;
import dev.storyatlas.story.StoryLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class MapSelectionTest {

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
}
