package dev.storyatlas.web;

import java.util.Locale;

/**
 * How many sessions may be open at once. A fixed {@code storyatlas.web.max-sessions} counts sessions; without it
 * the cap follows the heap: open sessions may fill {@code session-heap-share} of the largest heap the JVM may use,
 * a session with a reader's view counted at {@code session-size} and one that never built a view (a bare init
 * request, a flood) at a quarter of that, about what each holds after a full collection.
 *
 * @param units what open sessions may weigh together
 * @param viewWeight what a session with a view weighs; one without weighs 1
 */
record SessionCap(long units, int viewWeight, String description) {

    /** A view's session holds about four times what a bare session with its UI holds (see the performance docs). */
    static final int VIEW_WEIGHT = 4;

    /** The cap for these settings on a JVM whose heap may grow to {@code maxHeap} bytes. */
    static SessionCap of(WebProperties properties, long maxHeap) {
        Integer fixed = properties.maxSessions();
        if (fixed != null) {
            return new SessionCap(fixed, 1, String.format(Locale.ROOT, "%,d open sessions (storyatlas.web.max-sessions)", fixed));
        }
        long sessionSize = properties.sessionSize().toBytes();
        long units = Math.max(VIEW_WEIGHT, (long) (maxHeap * properties.sessionHeapShare() / sessionSize * VIEW_WEIGHT));
        return new SessionCap(units, VIEW_WEIGHT, String.format(Locale.ROOT,
                "%,d readers with a view or %,d sessions without one: %.0f %% of the %,d MB heap at %,d KB per reader"
                        + " (storyatlas.web.session-heap-share, session-size; or a fixed storyatlas.web.max-sessions)",
                units / VIEW_WEIGHT, units, properties.sessionHeapShare() * 100, maxHeap >> 20, sessionSize >> 10));
    }

    /** Whether one more session may start beside {@code open} sessions, {@code withView} of them with a view. */
    boolean admits(int open, int withView) {
        return open + (long) (viewWeight - 1) * withView < units;
    }
}
