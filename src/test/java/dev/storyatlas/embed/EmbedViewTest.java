package dev.storyatlas.embed;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinSession;
import dev.storyatlas.BrowserlessTest;
import dev.storyatlas.map.StoryExplorer;
import dev.storyatlas.map.StoryMap;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EmbedViewTest extends BrowserlessTest {

    @Test
    void the_embed_shows_the_map_without_the_page_header() {
        open("embed", "lang=en");

        assertThat(_find(EmbedView.class)).hasSize(1);
        assertThat(_get(StoryMap.class).shownPlaceIds()).hasSize(7);
        assertThat(_find(H1.class)).isEmpty();
    }

    @Test
    void the_embed_applies_place_filter_and_language_from_the_url_as_the_main_view_does() {
        open("embed", "place=beijing&actor=lin-jian,nato&lang=de");

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.GERMAN);
        StoryExplorer explorer = _get(StoryExplorer.class);
        assertThat(explorer.state().place()).isEqualTo("beijing");
        assertThat(explorer.state().actors()).containsExactlyInAnyOrder("lin-jian", "nato");
    }

    @Test
    void a_story_id_in_the_path_shows_that_story() {
        open("embed/taz-2024-10-nordkorea-soldaten", "place=kyiv");

        assertThat(_get(StoryExplorer.class).story().id()).isEqualTo("taz-2024-10-nordkorea-soldaten");
        assertThat(_get(StoryExplorer.class).state().place()).isEqualTo("kyiv");
    }

    @Test
    void an_unknown_story_shows_a_friendly_notice_instead_of_an_error_page() {
        open("embed/no-such-story", "lang=en");

        assertThat(_find(StoryExplorer.class)).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("sa-embed__notice")).getText())
                .isEqualTo("Story Atlas has no story “no-such-story”. Please check the embed code.");
    }

    @Test
    void an_embed_readers_session_times_out_after_the_configured_ten_minutes() {
        open("embed", "");

        assertThat(VaadinSession.getCurrent().getSession().getMaxInactiveInterval()).isEqualTo(600);
    }
}
