package dev.storyatlas.embed;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import dev.storyatlas.BrowserlessTest;
import org.junit.jupiter.api.Test;

class EmbedButtonTest extends BrowserlessTest {

    @Test
    void the_main_views_embed_button_offers_code_for_exactly_the_readers_view() {
        open("", "lang=de&place=seoul&actor=yoon-suk-yeol");

        Button button = _get(Button.class, spec -> spec.withId("embed-button"));
        assertThat(button.getText()).isEqualTo("Einbetten");
        ButtonKt._click(button);

        assertThat(_get(TextArea.class, spec -> spec.withId("embed-code-iframe")).getValue())
                .contains("/embed/taz-2024-10-nordkorea-soldaten?place=seoul&amp;actor=yoon-suk-yeol&amp;lang=de\"", "/embed.js\"");
        assertThat(_get(TextArea.class, spec -> spec.withId("embed-code-component")).getValue())
                .contains("<story-atlas-map story=\"taz-2024-10-nordkorea-soldaten\" place=\"seoul\" actor=\"yoon-suk-yeol\" lang=\"de\" style=\"display:block;min-height:720px\">");
    }

    @Test
    void the_embed_dialog_tells_that_the_web_component_needs_the_site_on_the_servers_allow_list() {
        open("", "lang=en");

        ButtonKt._click(_get(Button.class, spec -> spec.withId("embed-button")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("embed-component-note")).getText())
                .contains("storyatlas.embed.allowed-origins", "iframe works on every site", "HTTPS");
    }

    @Test
    void the_embed_itself_offers_no_embed_button() {
        open("embed", "lang=en");

        assertThat(_find(Button.class, spec -> spec.withId("embed-button"))).isEmpty();
    }
}
