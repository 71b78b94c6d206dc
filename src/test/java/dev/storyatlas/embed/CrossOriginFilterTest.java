package dev.storyatlas.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class CrossOriginFilterTest {

    private final AtomicBoolean reachedVaadin = new AtomicBoolean();

    @Test
    void any_site_may_load_the_web_component_script_with_its_session_cookie() throws Exception {
        MockHttpServletResponse response = run(new EmbedProperties(null, null), request("GET", "/web-component/story-atlas-map.js", null));

        assertThat(response.getHeader("Access-Control-Allow-Origin")).isEqualTo("https://news.example");
        assertThat(response.getHeader("Access-Control-Allow-Credentials")).isEqualTo("true");
        assertThat(response.getHeaders("Vary")).contains("Origin");
        assertThat(reachedVaadin).isTrue();
    }

    @Test
    void vaadins_requests_of_the_element_are_allowed_and_their_preflight_is_answered_here() throws Exception {
        MockHttpServletRequest preflight = request("OPTIONS", "/", "v-r=uidl&v-uiId=0");
        preflight.addHeader("Access-Control-Request-Method", "POST");
        preflight.addHeader("Access-Control-Request-Headers", "content-type");

        MockHttpServletResponse response = run(new EmbedProperties(null, null), preflight);

        assertThat(response.getStatus()).isEqualTo(204);
        assertThat(response.getHeader("Access-Control-Allow-Methods")).contains("POST");
        assertThat(response.getHeader("Access-Control-Allow-Headers")).isEqualTo("content-type");
        assertThat(reachedVaadin).isFalse();
    }

    @Test
    void a_site_outside_the_allow_list_gets_no_cross_origin_headers() throws Exception {
        MockHttpServletResponse response = run(new EmbedProperties(List.of("https://partner.example"), null),
                request("GET", "/web-component/story-atlas-map.js", null));

        assertThat(response.getHeader("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void the_bundles_public_files_give_every_request_the_same_answer_so_a_cached_copy_serves_every_site() throws Exception {
        EmbedProperties allowList = new EmbedProperties(List.of("https://partner.example"), null);
        MockHttpServletRequest withoutOrigin = new MockHttpServletRequest("GET", "/VAADIN/build/webcomponenthtml-1.js");

        for (MockHttpServletRequest request : List.of(request("GET", "/VAADIN/build/webcomponenthtml-1.js", null), withoutOrigin)) {
            MockHttpServletResponse response = run(allowList, request);

            assertThat(response.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
            assertThat(response.getHeader("Access-Control-Allow-Credentials")).isNull();
        }
    }

    @Test
    void pages_other_than_the_elements_get_no_cross_origin_headers() throws Exception {
        MockHttpServletResponse response = run(new EmbedProperties(null, null), request("GET", "/", "lang=en"));

        assertThat(response.getHeader("Access-Control-Allow-Origin")).isNull();
    }

    private static MockHttpServletRequest request(String method, String path, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setQueryString(query);
        request.addHeader("Origin", "https://news.example");
        return request;
    }

    private MockHttpServletResponse run(EmbedProperties properties, MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new CrossOriginFilter(properties).doFilter(request, response, (req, res) -> reachedVaadin.set(true));
        return response;
    }
}
