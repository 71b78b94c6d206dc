package dev.storyatlas.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RememberedStaticFilesTest {

    /** The time in nanoseconds, moved forward by the tests. */
    private final AtomicLong nanos = new AtomicLong(-5_000_000_000L);
    /** The paths the wrapped server was asked for (servlet path and path info); it serves those in {@code existing}. */
    private final List<String> asked = new ArrayList<>();
    private final Set<String> existing = new HashSet<>(Set.of("/files/embed.js"));
    private final RememberedStaticFiles files = new RememberedStaticFiles((request, response) -> {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        asked.add(path);
        return existing.contains(path);
    }, nanos::get);

    /** A request as Vaadin's root mapping passes it on: an empty servlet path and the path as path info. */
    private boolean get(String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setServletPath("");
        request.setPathInfo(path);
        return files.serveStaticResource(request, new MockHttpServletResponse());
    }

    private void pass(long nanoseconds) {
        nanos.addAndGet(nanoseconds);
    }

    @Test
    void a_page_that_is_no_file_is_looked_for_once_until_the_memory_forgets_it() throws Exception {
        assertThat(get("/embed")).isFalse();
        assertThat(get("/embed")).isFalse();
        pass(RememberedStaticFiles.REMEMBER.toNanos() - 1);
        assertThat(get("/embed")).isFalse();
        assertThat(asked).containsExactly("/embed");

        pass(1);
        assertThat(get("/embed")).isFalse();
        assertThat(asked).containsExactly("/embed", "/embed");
    }

    @Test
    void paths_are_told_apart_by_their_path_info() throws Exception {
        get("/embed");

        assertThat(get("/files/embed.js")).isTrue();
        assertThat(asked).containsExactly("/embed", "/files/embed.js");
    }

    @Test
    void files_are_served_by_the_wrapped_server_every_time() throws Exception {
        assertThat(get("/files/embed.js")).isTrue();
        assertThat(get("/files/embed.js")).isTrue();

        assertThat(asked).containsExactly("/files/embed.js", "/files/embed.js");
    }

    @Test
    void a_file_added_while_the_app_runs_is_served_once_the_memory_forgets_its_path() throws Exception {
        assertThat(get("/files/new.css")).isFalse();
        existing.add("/files/new.css");
        assertThat(get("/files/new.css")).isFalse();

        pass(RememberedStaticFiles.REMEMBER.toNanos());
        assertThat(get("/files/new.css")).isTrue();
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

    @Test
    void overlong_paths_are_not_remembered() throws Exception {
        String path = "/" + "x".repeat(RememberedStaticFiles.LONGEST_PATH);
        get(path);
        get(path);

        assertThat(asked).containsExactly(path, path);
    }
}
