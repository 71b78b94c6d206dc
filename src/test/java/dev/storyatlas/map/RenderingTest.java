package dev.storyatlas.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storyatlas.story.Story;
import dev.storyatlas.story.StoryLoader;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class RenderingTest {

    private static final ClassPathResource TAZ = new ClassPathResource("stories/taz-2024-10-nordkorea-soldaten.yaml");

    private final Story story = new StoryLoader().load(TAZ);
    private final AtomicInteger made = new AtomicInteger();

    @Test
    void a_story_in_one_language_and_state_is_rendered_once_and_then_shared() {
        Rendering first = Rendering.of(story, Locale.GERMAN, MapState.EMPTY, counted(story));
        Rendering second = Rendering.of(story, Locale.GERMAN, MapState.EMPTY, counted(story));

        assertThat(second).isSameAs(first);
        assertThat(made).hasValue(1);
    }

    @Test
    void the_open_place_and_link_do_not_matter_but_language_actors_and_days_do() {
        Rendering plain = Rendering.of(story, Locale.ENGLISH, MapState.EMPTY, counted(story));

        assertThat(Rendering.of(story, Locale.ENGLISH, MapState.EMPTY.withPlace("seoul"), counted(story))).isSameAs(plain);
        assertThat(Rendering.of(story, Locale.GERMAN, MapState.EMPTY, counted(story))).isNotSameAs(plain);
        assertThat(Rendering.of(story, Locale.ENGLISH, MapState.EMPTY.withActors(Set.of("russia")), counted(story))).isNotSameAs(plain);
        assertThat(Rendering.of(story, Locale.ENGLISH, MapState.EMPTY.withDates(LocalDate.of(2024, 10, 18), null), counted(story))).isNotSameAs(plain);
        assertThat(made).hasValue(4);
    }

    @Test
    void a_reloaded_story_is_rendered_afresh_while_readers_of_the_version_before_keep_theirs() {
        Rendering before = Rendering.of(story, Locale.GERMAN, MapState.EMPTY, counted(story));
        Story reloaded = new StoryLoader().load(TAZ);

        Rendering after = Rendering.of(reloaded, Locale.GERMAN, MapState.EMPTY, counted(reloaded));

        assertThat(after).isNotSameAs(before);
        assertThat(after.story()).isSameAs(reloaded);
        assertThat(Rendering.of(story, Locale.GERMAN, MapState.EMPTY, counted(story))).isSameAs(before);
        assertThat(Rendering.of(reloaded, Locale.GERMAN, MapState.EMPTY, counted(reloaded))).isSameAs(after);
        assertThat(made).hasValue(2);
    }

    @Test
    void the_renderer_is_handed_the_selection_of_the_state_asked_for() {
        MapState untilTheEighteenth = MapState.EMPTY.withDates(null, LocalDate.of(2024, 10, 18));

        Rendering rendered = Rendering.of(story, Locale.ENGLISH, untilTheEighteenth, counted(story));

        assertThat(rendered.selection()).isEqualTo(MapSelection.of(story, untilTheEighteenth));
        assertThat(rendered.selection().items()).isNotEqualTo(MapSelection.of(story, MapState.EMPTY).items());
    }

    @Test
    void a_rendering_made_of_another_story_is_refused() {
        Story other = new StoryLoader().load(TAZ);

        assertThatThrownBy(() -> Rendering.of(story, Locale.ITALIAN, MapState.EMPTY, counted(other)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_listing_marks_only_the_chosen_entry_and_stays_itself_when_nothing_changes() {
        Choices.Listing none = Choices.Listing.of(List.of(new Choices.Entry("a", "A", false), new Choices.Entry("b", "B", false)));

        Choices.Listing b = none.marking("b");

        assertThat(none.marking(null)).isSameAs(none);
        assertThat(none.marking("c")).isSameAs(none);
        assertThat(b.entries()).extracting(Choices.Entry::on).containsExactly(false, true);
        assertThat(b.json()).contains("\"id\":\"b\",\"text\":\"B\",\"on\":true").contains("\"id\":\"a\",\"text\":\"A\",\"on\":false");
        assertThat(b.marking("b")).isSameAs(b);
        assertThat(b.marking(null).json()).isEqualTo(none.json());
    }

    /** A rendering of the given story's selection, counting how often one is made. */
    private Function<MapSelection, Rendering> counted(Story of) {
        return selection -> {
            made.incrementAndGet();
            Choices.Listing empty = Choices.Listing.of(List.of());
            return new Rendering(of, selection, "[]", "[]", empty, empty, empty, "");
        };
    }
}
