package dev.storyatlas.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.i18n.I18NProvider;
import dev.storyatlas.platform.AsciiJson;
import dev.storyatlas.platform.PlatformProperties;
import dev.storyatlas.story.Story;
import dev.storyatlas.story.StoryItem;
import dev.storyatlas.story.StoryLoader;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

class RenderingTest {

    private static final ClassPathResource TAZ = new ClassPathResource("stories/taz-2024-10-nordkorea-soldaten.yaml");

    /** Texts that name their key, language and parameters, so a test sees what was asked for. */
    private static final I18NProvider ECHO = new I18NProvider() {
        @Override
        public List<Locale> getProvidedLocales() {
            return List.of(Locale.ENGLISH, Locale.GERMAN);
        }

        @Override
        public String getTranslation(String key, Locale locale, Object... params) {
            return key + "/" + locale.getLanguage() + Arrays.toString(params);
        }
    };

    private final Story story = new StoryLoader().load(TAZ);
    private static final JsonMapper JSON = AsciiJson.mapper(PlatformProperties.DEFAULTS);

    private final Renderings renderings = new Renderings(ECHO, PlatformProperties.DEFAULTS);

    @Test
    void a_rendering_is_a_function_of_story_language_and_filter_alone() {
        Texts english = Texts.of(ECHO, Locale.ENGLISH);

        Rendering plain = Rendering.of(story, MapState.EMPTY, english, JSON);

        assertThat(Rendering.of(story, MapState.EMPTY, english, JSON)).isEqualTo(plain);
        assertThat(Rendering.of(story, MapState.EMPTY.withPlace("seoul").withLang("de"), english, JSON)).isEqualTo(plain);
        assertThat(Rendering.of(story, MapState.EMPTY.withLink("axis-pyongyang-moscow"), english, JSON)).isEqualTo(plain);
        assertThat(Rendering.of(story, MapState.EMPTY, Texts.of(ECHO, Locale.GERMAN), JSON)).isNotEqualTo(plain);
        assertThat(Rendering.of(story, MapState.EMPTY.withActors(Set.of("russia")), english, JSON)).isNotEqualTo(plain);
    }

    @Test
    void a_rendering_shows_the_selection_of_its_filter_worded_in_its_language() {
        MapState untilTheEighteenth = MapState.EMPTY.withDates(null, LocalDate.of(2024, 10, 18));

        Rendering rendered = Rendering.of(story, untilTheEighteenth, Texts.of(ECHO, Locale.GERMAN), JSON);

        assertThat(rendered.selection()).isEqualTo(MapSelection.of(story, untilTheEighteenth));
        assertThat(rendered.selection().items()).isNotEqualTo(MapSelection.of(story, MapState.EMPTY).items());
        assertThat(rendered.count()).startsWith("count.shown/de[");
        // the story's undated items without a place stay in any time range, listed after the places
        assertThat(rendered.places().ids()).isEqualTo(Stream.concat(
                rendered.selection().places().stream().map(p -> p.id()), Stream.of(StoryItem.WITHOUT_PLACE)).toList());
        assertThat(rendered.pins()).contains("\"label\":\"places.entry/de[");
    }

    @Test
    void readers_of_a_story_in_one_language_and_filter_share_one_rendering_whatever_they_have_open() {
        Rendering first = renderings.of(story, Locale.GERMAN, MapState.EMPTY);

        assertThat(renderings.of(story, Locale.GERMAN, MapState.EMPTY.withPlace("seoul"))).isSameAs(first);
        assertThat(renderings.of(story, Locale.ENGLISH, MapState.EMPTY)).isNotSameAs(first);
        assertThat(renderings.of(story, Locale.GERMAN, MapState.EMPTY.withActors(Set.of("russia")))).isNotSameAs(first);
        assertThat(renderings.of(story, Locale.GERMAN, MapState.EMPTY.withDates(LocalDate.of(2024, 10, 18), null))).isNotSameAs(first);
    }

    @Test
    void a_reloaded_story_is_rendered_afresh_while_readers_of_the_version_before_keep_theirs() {
        Rendering before = renderings.of(story, Locale.GERMAN, MapState.EMPTY);
        Story reloaded = new StoryLoader().load(TAZ);

        Rendering after = renderings.of(reloaded, Locale.GERMAN, MapState.EMPTY);

        assertThat(after).isNotSameAs(before);
        assertThat(after.story()).isSameAs(reloaded);
        assertThat(renderings.of(story, Locale.GERMAN, MapState.EMPTY)).isSameAs(before);
        assertThat(renderings.of(reloaded, Locale.GERMAN, MapState.EMPTY)).isSameAs(after);
    }

    @Test
    void the_least_recently_used_rendering_goes_first_once_the_limit_is_reached() {
        Rendering oldest = renderings.of(story, Locale.GERMAN, MapState.EMPTY);
        Rendering used = renderings.of(story, Locale.ENGLISH, MapState.EMPTY);
        for (int day = 0; day < Renderings.KEPT - 1; day++) {
            renderings.of(story, Locale.GERMAN, MapState.EMPTY.withDates(LocalDate.of(2024, 1, 1).plusDays(day), null));
            renderings.of(story, Locale.ENGLISH, MapState.EMPTY);
        }

        assertThat(renderings.of(story, Locale.ENGLISH, MapState.EMPTY)).isSameAs(used);
        assertThat(renderings.of(story, Locale.GERMAN, MapState.EMPTY)).isNotSameAs(oldest).isEqualTo(oldest);
    }

    @Test
    void a_listing_marks_only_the_chosen_entry() {
        Choices.Listing none = Choices.Listing.of(List.of(new Choices.Entry("a", "A", false), new Choices.Entry("b", "B", false)), JSON);

        Choices.Listing b = none.marking("b");

        assertThat(none.marking(null)).isEqualTo(none);
        assertThat(none.marking("c")).isEqualTo(none);
        assertThat(b.entries()).extracting(Choices.Entry::on).containsExactly(false, true);
        assertThat(b.json()).contains("\"id\":\"b\",\"text\":\"B\",\"on\":true").contains("\"id\":\"a\",\"text\":\"A\",\"on\":false");
        assertThat(b.marking("b")).isEqualTo(b);
        assertThat(b.marking(null).json()).isEqualTo(none.json());
    }
}
