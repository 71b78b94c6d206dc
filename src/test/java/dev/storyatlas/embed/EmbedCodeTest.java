package dev.storyatlas.embed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyatlas.map.MapState;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EmbedCodeTest {

    private static final String ATLAS = "https://atlas.example";

    @Test
    void the_iframe_code_reproduces_place_filter_and_language_with_the_resize_script() {
        EmbedCode code = EmbedCode.of(ATLAS + "/", "taz-2024", new MapState("bryansk", Set.of("nv-ua", "china"), null), "de", "Karte: Titel");

        assertThat(code.iframe()).isEqualTo(
                "<iframe src=\"https://atlas.example/embed/taz-2024?place=bryansk&amp;actor=china%2Cnv-ua&amp;lang=de\""
                + " title=\"Karte: Titel\" style=\"width:100%;height:720px;border:0\" loading=\"lazy\"></iframe>\n"
                + "<script src=\"https://atlas.example/embed.js\" async></script>");
    }

    @Test
    void the_web_component_code_names_story_place_filter_and_language() {
        EmbedCode code = EmbedCode.of(ATLAS, "taz-2024", new MapState("kyiv", Set.of("nato"), "en"), "en", "Map");

        assertThat(code.webComponent()).isEqualTo(
                "<script type=\"module\" src=\"https://atlas.example/web-component/story-atlas-map.js\"></script>\n"
                + "<story-atlas-map story=\"taz-2024\" place=\"kyiv\" actor=\"nato\" lang=\"en\" style=\"display:block;min-height:720px\">"
                + "</story-atlas-map>");
    }

    @Test
    void hostile_ids_and_titles_cannot_break_out_of_their_attributes() {
        String hostile = "x\"><script>alert('1')</script>&";
        EmbedCode code = EmbedCode.of(ATLAS, hostile, new MapState(hostile, Set.of(hostile), null), hostile, hostile);

        for (String snippet : new String[] {code.iframe(), code.webComponent()}) {
            assertThat(snippet).doesNotContain("<script>", "alert('", "\"><script");
            assertThat(snippet.chars().filter(c -> c == '<').count()).isEqualTo(4);
        }
        assertThat(code.iframe()).contains("title=\"x&quot;&gt;&lt;script&gt;alert(&#39;1&#39;)&lt;/script&gt;&amp;\"");
        assertThat(code.webComponent()).contains("place=\"x&quot;&gt;&lt;script&gt;alert(&#39;1&#39;)&lt;/script&gt;&amp;\"");
    }

    @Test
    void an_empty_state_gives_the_whole_map_in_the_chosen_language() {
        EmbedCode code = EmbedCode.of(ATLAS, "s", MapState.EMPTY, "en", "Map");

        assertThat(code.iframe()).startsWith("<iframe src=\"https://atlas.example/embed/s?lang=en\"");
        assertThat(code.webComponent()).contains("<story-atlas-map story=\"s\" lang=\"en\" style=");
    }
}
