package dev.storyatlas.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class CrossOriginFilterTest {

    private static final String PARTNER = "https://news.example";
    private static final EmbedProperties PARTNER_ONLY = new EmbedProperties(List.of(PARTNER), null);
    private static final EmbedProperties EMPTY_LIST = new EmbedProperties(null, null);

    private final AtomicBoolean reachedVaadin = new AtomicBoolean();

    @Test
    void an_allowed_site_may_read_the_element_script_without_credentials() throws Exception {
        MockHttpServletResponse response = run(PARTNER_ONLY, request("GET", "/web-component/story-atlas-map.js", null, PARTNER));

        assertThat(response.getHeader("Access-Control-Allow-Origin")).isEqualTo(PARTNER);
        assertThat(response.getHeader("Access-Control-Allow-Credentials")).isNull();
        assertThat(response.getHeaders("Vary")).contains("Origin");
        assertThat(reachedVaadin).isTrue();
    }

    @Test
    void the_elements_session_requests_get_credentialed_cors_for_an_allowed_site() throws Exception {
        for (MockHttpServletRequest request : List.of(
                request("POST", "/", "v-r=uidl&v-uiId=0", PARTNER),
                request("POST", "/", "v-r=heartbeat&v-uiId=0", PARTNER),
                request("GET", "/web-component/web-component-bootstrap.js", "v-r=webcomponent-resync", PARTNER),
                request("HEAD", "/web-component/web-component-bootstrap.js", "url=x", PARTNER))) {
            MockHttpServletResponse response = run(PARTNER_ONLY, request);

            assertThat(response.getHeader("Access-Control-Allow-Origin")).as(request.getRequestURI() + "?" + request.getQueryString())
                    .isEqualTo(PARTNER);
            assertThat(response.getHeader("Access-Control-Allow-Credentials")).isEqualTo("true");
        }
    }

    @Test
    void a_preflight_of_an_allowed_site_is_answered_here_with_a_fixed_list_of_headers() throws Exception {
        MockHttpServletRequest preflight = request("OPTIONS", "/", "v-r=uidl&v-uiId=0", PARTNER);
        preflight.addHeader("Access-Control-Request-Method", "POST");
        preflight.addHeader("Access-Control-Request-Headers", "content-type, x-evil");

        MockHttpServletResponse response = run(PARTNER_ONLY, preflight);

        assertThat(response.getStatus()).isEqualTo(204);
        assertThat(response.getHeader("Access-Control-Allow-Methods")).contains("POST");
        assertThat(response.getHeader("Access-Control-Allow-Headers")).isEqualTo("Content-Type, X-DevModePoll");
        assertThat(reachedVaadin).isFalse();
    }

    @Test
    void with_an_empty_allow_list_no_site_gets_the_element_or_its_session() throws Exception {
        for (MockHttpServletRequest request : List.of(request("GET", "/web-component/story-atlas-map.js", null, PARTNER),
                request("POST", "/", "v-r=uidl&v-uiId=0", PARTNER))) {
            MockHttpServletResponse response = run(EMPTY_LIST, request);

            assertThat(response.getHeader("Access-Control-Allow-Origin")).isNull();
            assertThat(response.getHeader("Access-Control-Allow-Credentials")).isNull();
        }
    }

    @Test
    void a_site_outside_the_allow_list_and_the_null_origin_get_no_cross_origin_headers() throws Exception {
        for (String origin : List.of("https://hostile.example", "null", "https://news.example.hostile.example")) {
            MockHttpServletResponse response = run(PARTNER_ONLY, request("POST", "/", "v-r=uidl&v-uiId=0", origin));

            assertThat(response.getHeader("Access-Control-Allow-Origin")).as(origin).isNull();
            assertThat(response.getHeader("Access-Control-Allow-Credentials")).as(origin).isNull();
        }
    }

    @Test
    void no_site_gets_credentials_for_vaadins_init_the_actuator_or_the_data_api_whatever_their_query() throws Exception {
        for (MockHttpServletRequest request : List.of(
                request("GET", "/", "v-r=init&location=embed", PARTNER),
                request("POST", "/embed", "v-r=uidl&v-uiId=0", PARTNER),
                request("GET", "/actuator/health", "v-r=1", PARTNER),
                request("GET", "/api/stories", "v-r=1", PARTNER),
                request("GET", "/web-component/web-component-bootstrap.js", "v-r=init", PARTNER))) {
            MockHttpServletResponse response = run(PARTNER_ONLY, request);

            assertThat(response.getHeader("Access-Control-Allow-Credentials")).as(request.getRequestURI() + "?" + request.getQueryString())
                    .isNull();
            assertThat(response.getHeader("Access-Control-Allow-Origin")).as(request.getRequestURI()).isIn(null, "*");
        }
    }

    @Test
    void the_data_api_is_open_data_for_every_site_without_cookies() throws Exception {
        MockHttpServletResponse response = run(EMPTY_LIST, request("GET", "/api/stories", null, "https://hostile.example"));

        assertThat(response.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(response.getHeader("Access-Control-Allow-Credentials")).isNull();
        assertThat(reachedVaadin).isTrue();
    }

    @Test
    void the_elements_pins_for_a_browser_without_our_cookie_are_open_data_for_every_site() throws Exception {
        MockHttpServletResponse response = run(EMPTY_LIST, request("GET", "/first-pins", "story=x&v-r=uidl", "https://hostile.example"));

        assertThat(response.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(response.getHeader("Access-Control-Allow-Credentials")).isNull();
        assertThat(reachedVaadin).isTrue();
    }

    @Test
    void the_bundles_public_files_give_every_request_the_same_answer_so_a_cached_copy_serves_every_site() throws Exception {
        MockHttpServletRequest withoutOrigin = new MockHttpServletRequest("GET", "/VAADIN/build/webcomponenthtml-1.js");

        for (MockHttpServletRequest request : List.of(request("GET", "/VAADIN/build/webcomponenthtml-1.js", null, PARTNER), withoutOrigin)) {
            MockHttpServletResponse response = run(PARTNER_ONLY, request);

            assertThat(response.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
            assertThat(response.getHeader("Access-Control-Allow-Credentials")).isNull();
        }
    }

    @Test
    void pages_other_than_the_elements_get_no_cross_origin_headers() throws Exception {
        MockHttpServletResponse response = run(PARTNER_ONLY, request("GET", "/", "lang=en", PARTNER));

        assertThat(response.getHeader("Access-Control-Allow-Origin")).isNull();
    }

    private static MockHttpServletRequest request(String method, String path, String query, String origin) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setQueryString(query);
        request.addHeader("Origin", origin);
        return request;
    }

    private MockHttpServletResponse run(EmbedProperties properties, MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new CrossOriginFilter(properties).doFilter(request, response, (req, res) -> reachedVaadin.set(true));
        return response;
    }
}
