package dev.storyatlas.platform;

import com.vaadin.flow.server.StaticFileHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Budget line: server CPU per new reader. Vaadin's static file server, remembering for a short while the request paths that named no file.
 * Every page a reader opens ({@code /embed}, {@code /}) is first looked for as a file on the class
 * path and in the static locations, and in a packaged jar each such miss opens every nested jar.
 * The memory is bounded and forgets after {@link #REMEMBER}, so a file put into a static location
 * while the app runs is served within seconds. Only for production mode: in development the dev
 * server and the dev bundle may start serving a path at any moment.
 */
final class RememberedStaticFiles implements StaticFileHandler {

    static final Duration REMEMBER = Duration.ofSeconds(10);
    /** More paths than an app has pages; past it the memory starts over, so odd URLs cannot grow it. */
    static final int MOST_PATHS = 1_000;
    /** Longer paths are not pages of the app and are not remembered, which bounds the memory's size too. */
    static final int LONGEST_PATH = 256;

    private final StaticFileHandler files;
    private final LongSupplier nanoTime;
    /** Request path to the {@link System#nanoTime()} until which it is known to name no file. */
    private final Map<String, Long> notFiles = new ConcurrentHashMap<>();

    /** {@code nanoTime} is {@code System::nanoTime} but in tests: it is unaffected by changes of the wall clock. */
    RememberedStaticFiles(StaticFileHandler files, LongSupplier nanoTime) {
        this.files = files;
        this.nanoTime = nanoTime;
    }

    @Override
    public boolean serveStaticResource(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + '\n' + request.getPathInfo();
        long now = nanoTime.getAsLong();
        Long until = notFiles.get(path);
        if (until != null && now - until < 0) {
            return false;
        }
        boolean served = files.serveStaticResource(request, response);
        if (served) {
            notFiles.remove(path);
        } else if (path.length() <= LONGEST_PATH) {
            if (notFiles.size() >= MOST_PATHS) {
                notFiles.clear();
            }
            notFiles.put(path, now + REMEMBER.toNanos());
        }
        return served;
    }
}
