package dev.storyatlas.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class CookieCheckFilterTest {

    private final AtomicBoolean reachedVaadin = new AtomicBoolean();

    @Test
    void the_check_tells_a_page_whose_cookie_came_back_that_it_was_kept() throws Exception {
        MockHttpServletRequest check = new MockHttpServletRequest("GET", "/cookie-check");
        check.setRequestedSessionId("A1B2");

        MockHttpServletResponse response = run(check);

        assertThat(response.getContentAsString()).isEqualTo("{\"kept\":true}");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(reachedVaadin).isFalse();
    }

    @Test
    void the_check_tells_a_page_without_cookie_that_it_was_dropped_and_creates_no_session() throws Exception {
        MockHttpServletRequest check = new MockHttpServletRequest("GET", "/cookie-check");

        MockHttpServletResponse response = run(check);

        assertThat(response.getContentAsString()).isEqualTo("{\"kept\":false}");
        assertThat(check.getSession(false)).isNull();
    }

    @Test
    void a_web_components_resynchronisation_without_cookie_is_refused_so_it_cannot_loop() throws Exception {
        MockHttpServletRequest resync = new MockHttpServletRequest("GET", "/web-component/web-component-bootstrap.js");
        resync.setQueryString("v-r=webcomponent-resync");

        MockHttpServletResponse response = run(resync);

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(reachedVaadin).isFalse();
    }

    @Test
    void a_resynchronisation_with_the_readers_cookie_of_a_lost_session_goes_on_to_vaadin() throws Exception {
        MockHttpServletRequest resync = new MockHttpServletRequest("GET", "/web-component/web-component-bootstrap.js");
        resync.setQueryString("v-r=webcomponent-resync");
        resync.setRequestedSessionId("GONE");

        run(resync);

        assertThat(reachedVaadin).isTrue();
    }

    private MockHttpServletResponse run(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new CookieCheckFilter().doFilter(request, response, (req, res) -> reachedVaadin.set(true));
        return response;
    }
}
