package dev.storyatlas.embed;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class FramingPolicyFilterTest {

    @Test
    void the_main_view_may_be_framed_only_by_story_atlas_itself() throws Exception {
        MockHttpServletResponse response = filter(new EmbedProperties(null, null), "/");

        assertThat(response.getHeader("Content-Security-Policy")).isEqualTo("frame-ancestors 'self'");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("SAMEORIGIN");
    }

    @Test
    void without_an_allow_list_any_site_may_frame_the_embed_and_vaadins_same_origin_rule_is_dropped() throws Exception {
        for (String path : List.of("/embed", "/embed/taz-2024-10-nordkorea-soldaten")) {
            MockHttpServletResponse response = filter(new EmbedProperties(null, null), path);

            assertThat(response.getHeader("Content-Security-Policy")).isNull();
            assertThat(response.getHeader("X-Frame-Options")).isNull();
        }
    }

    @Test
    void with_an_allow_list_only_those_sites_may_frame_the_embed() throws Exception {
        EmbedProperties properties = new EmbedProperties(List.of("https://news.example", "http://localhost:8081/"), null);

        MockHttpServletResponse response = filter(properties, "/embed");

        assertThat(response.getHeader("Content-Security-Policy"))
                .isEqualTo("frame-ancestors 'self' https://news.example http://localhost:8081");
    }

    @Test
    void a_path_that_only_starts_like_the_embed_is_not_the_embed() throws Exception {
        MockHttpServletResponse response = filter(new EmbedProperties(null, null), "/embedded-elsewhere");

        assertThat(response.getHeader("Content-Security-Policy")).isEqualTo("frame-ancestors 'self'");
    }

    @Test
    void a_path_that_leaves_the_embed_through_dot_segments_or_path_parameters_is_not_the_embed() throws Exception {
        for (String path : List.of("/embed/..;/", "/embed/../", "/embed/%2e%2e/", "/embed/..;x=1/stories/taz")) {
            MockHttpServletResponse response = filter(new EmbedProperties(null, null), path);

            assertThat(response.getHeader("Content-Security-Policy")).as(path).isEqualTo("frame-ancestors 'self'");
            assertThat(response.getHeader("X-Frame-Options")).as(path).isEqualTo("SAMEORIGIN");
        }
    }

    /** Runs the filter in front of a stand-in for Vaadin, which asks for SAMEORIGIN on every page. */
    private static MockHttpServletResponse filter(EmbedProperties properties, String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        new FramingPolicyFilter(properties).doFilter(request, response,
                (req, res) -> ((HttpServletResponse) res).setHeader("X-Frame-Options", "SAMEORIGIN"));
        return response;
    }
}
