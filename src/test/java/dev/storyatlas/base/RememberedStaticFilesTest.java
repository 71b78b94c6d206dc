package dev.storyatlas.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RememberedStaticFilesTest {

    /** A clock the test moves forward. */
    private static final class TestClock extends Clock {
        private Instant now = Instant.parse("2024-10-18T12:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private final TestClock clock = new TestClock();
    /** The paths the wrapped server was asked for; it serves only those under /files/. */
    private final List<String> asked = new ArrayList<>();
    private final RememberedStaticFiles files = new RememberedStaticFiles((request, response) -> {
        asked.add(request.getServletPath());
        return request.getServletPath().startsWith("/files/");
    }, clock);

    private boolean get(String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setServletPath(path);
        return files.serveStaticResource(request, new MockHttpServletResponse());
    }

    @Test
    void a_page_that_is_no_file_is_looked_for_once_until_the_memory_forgets_it() throws Exception {
        assertThat(get("/embed")).isFalse();
        assertThat(get("/embed")).isFalse();
        clock.advance(RememberedStaticFiles.REMEMBER.minusMillis(1));
        assertThat(get("/embed")).isFalse();
        assertThat(asked).containsExactly("/embed");

        clock.advance(Duration.ofMillis(1));
        assertThat(get("/embed")).isFalse();
        assertThat(asked).containsExactly("/embed", "/embed");
    }

    @Test
    void files_are_served_by_the_wrapped_server_every_time() throws Exception {
        assertThat(get("/files/embed.js")).isTrue();
        assertThat(get("/files/embed.js")).isTrue();

        assertThat(asked).containsExactly("/files/embed.js", "/files/embed.js");
    }

    @Test
    void past_its_limit_the_memory_starts_over_instead_of_growing() throws Exception {
        for (int i = 0; i <= RememberedStaticFiles.MOST_PATHS; i++) {
            get("/page-" + i);
        }
        asked.clear();

        get("/page-" + RememberedStaticFiles.MOST_PATHS); // remembered after the start-over
        get("/page-0"); // forgotten in it

        assertThat(asked).containsExactly("/page-0");
    }
}
