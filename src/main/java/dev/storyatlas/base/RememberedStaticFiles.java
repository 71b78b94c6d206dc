package dev.storyatlas.base;

import com.vaadin.flow.server.StaticFileHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Vaadin's static file server, remembering for a short while the request paths that named no file.
 * Every page a reader opens ({@code /embed}, {@code /}) is first looked for as a file on the class
 * path and in the static locations, and in a packaged jar each such miss opens every nested jar.
 * The memory is bounded and forgets after {@link #REMEMBER}, so a file put into a static location
 * while the app runs is served within seconds.
 */
final class RememberedStaticFiles implements StaticFileHandler {

    static final Duration REMEMBER = Duration.ofSeconds(10);
    /** More paths than an app has pages; past it the memory starts over, so odd URLs cannot grow it. */
    static final int MOST_PATHS = 1_000;

    private final StaticFileHandler files;
    private final transient Clock clock;
    /** Request path to the instant (epoch milliseconds) until which it is known to name no file. */
    private final transient Map<String, Long> notFiles = new ConcurrentHashMap<>();

    RememberedStaticFiles(StaticFileHandler files, Clock clock) {
        this.files = files;
        this.clock = clock;
    }

    @Override
    public boolean serveStaticResource(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + '\n' + request.getPathInfo();
        long now = clock.millis();
        Long until = notFiles.get(path);
        if (until != null && now < until) {
            return false;
        }
        boolean served = files.serveStaticResource(request, response);
        if (served) {
            notFiles.remove(path);
        } else {
            if (notFiles.size() >= MOST_PATHS) {
                notFiles.clear();
            }
            notFiles.put(path, now + REMEMBER.toMillis());
        }
        return served;
    }
}
