package dev.storyatlas.web;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * HTTP settings under {@code storyatlas.web}.
 *
 * @param healthToken the secret an operator's monitor sends ({@code Authorization: Bearer …}) to see the
 *        details of {@code /actuator/health}, such as failing story files; unset, nobody sees them
 * @param maxSessions a fixed number of HTTP sessions that may be open at once; unset, the cap follows the heap
 *        ({@link SessionCap}). Beyond the cap a new reader still gets the page and its first pins, and is told to
 *        come back instead of getting a session
 * @param sessionSize what one reader's session (one that built a view) holds in the heap, for the cap that follows
 *        the heap; a session without a view counts a quarter of it
 * @param sessionHeapShare the share of the largest heap the JVM may use that open sessions may fill
 * @param pageSessionTimeout how long a session lives that never built a view (a page load, a bot, a
 *        flood); a view raises it to the servlet's (or the embed's) timeout
 * @param maxRequestBody the largest request body taken (a reader's messages are a few KB)
 */
@ConfigurationProperties("storyatlas.web")
public record WebProperties(@DefaultValue("") String healthToken, @Nullable Integer maxSessions,
        @DefaultValue("48KB") DataSize sessionSize, @DefaultValue("0.75") double sessionHeapShare,
        @DefaultValue("90s") Duration pageSessionTimeout, @DefaultValue("1MB") DataSize maxRequestBody) {

    public WebProperties {
        healthToken = healthToken.strip();
        if (maxSessions != null && maxSessions < 1) {
            throw new IllegalArgumentException("storyatlas.web.max-sessions: " + maxSessions + " must be at least 1");
        }
        if (sessionSize.toBytes() < 1024) {
            throw new IllegalArgumentException("storyatlas.web.session-size: " + sessionSize + " must be at least 1KB");
        }
        if (!(sessionHeapShare > 0 && sessionHeapShare <= 1)) {
            throw new IllegalArgumentException("storyatlas.web.session-heap-share: " + sessionHeapShare + " must be above 0 and at most 1");
        }
        if (pageSessionTimeout.toSeconds() < 1) {
            throw new IllegalArgumentException("storyatlas.web.page-session-timeout: " + pageSessionTimeout + " must be at least 1 s");
        }
    }
}
