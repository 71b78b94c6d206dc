package dev.storyatlas.map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import dev.storyatlas.BrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** The story list at {@code /stories} and each story's map at {@code /stories/<id>}, with stories from a directory. */
@TestPropertySource(properties = "storyatlas.stories-dir=target/test-classes/stories-dir")
class StoryPagesTest extends BrowserlessTest {

    @Test
    void the_story_list_links_every_story_to_its_map() {
        open("stories", "lang=en");

        assertThat(_find(Anchor.class)).extracting(Anchor::getHref)
                .containsExactly("stories/taz-2024-10-nordkorea-soldaten", "stories/bridge", "stories/html-in-texts");
        assertThat(_find(Anchor.class)).extracting(Anchor::getText)
                .contains("Eine Brücke", "<b>Bold</b> claims & <script>alert('title')</script>");
    }

    @Test
    void a_story_of_the_directory_shows_its_own_map_at_its_own_path() {
        open("stories/bridge", "place=bergstadt");

        assertThat(_get(H1.class).getText()).isEqualTo("Eine Brücke");
        assertThat(_get(StoryMap.class).shownPlaceIds()).containsExactly("bergstadt");
        assertThat(_find(ItemCard.class)).extracting(card -> card.getElement().getAttribute("data-item")).containsExactly("opening", "good-day");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("stories/bridge");
    }

    @Test
    void the_root_still_shows_the_default_story() {
        open("", "");

        assertThat(_get(H1.class).getText()).startsWith("Mutmaßliche Entsendung nordkoreanischer Soldaten nach Russland");
    }

    @Test
    void an_unknown_story_is_not_found_and_named() {
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);

        // Karibu raises its own not-found error where a browser would get Vaadin's 404 page
        assertThatThrownBy(() -> open("stories/atlantis", ""))
                .hasMessageStartingWith("No route found for 'stories/atlantis'")
                .hasMessageContaining("There is no story “atlantis”.");
    }

    @Test
    void html_and_script_in_story_texts_show_as_literal_text() {
        open("stories/html-in-texts", "lang=en&place=harbour");

        assertThat(_get(H1.class).getText()).isEqualTo("<b>Bold</b> claims & <script>alert('title')</script>");
        String panel = _get(PlacePanel.class).getElement().getTextRecursively();
        assertThat(panel).contains("<img src=x onerror=alert('pin')>",
                "The council wrote <script>alert('summary')</script> into the minutes.",
                "<script>alert('actor')</script>",
                "“<b>according to</b> the council”",
                "<b>according to</b> the council, <script>alert('excerpt')</script> stood in the minutes");
        assertThat(_find(Html.class)).as("no component renders markup").isEmpty();
    }
}
