package dev.storyatlas.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * HTTP settings under {@code storyatlas.web}.
 *
 * @param healthToken the secret an operator's monitor sends ({@code Authorization: Bearer …}) to see the
 *        details of {@code /actuator/health}, such as failing story files; unset, nobody sees them
 * @param maxSessions how many HTTP sessions may be open at once; beyond that a new reader still gets the
 *        page and its first pins, and is told to come back instead of getting a session
 * @param pageSessionTimeout how long a session lives that never built a view (a page load, a bot, a
 *        flood); a view raises it to the servlet's (or the embed's) timeout
 * @param maxRequestBody the largest request body taken (a reader's messages are a few KB)
 */
@ConfigurationProperties("storyatlas.web")
public record WebProperties(@DefaultValue("") String healthToken, @DefaultValue("20000") int maxSessions,
        @DefaultValue("90s") Duration pageSessionTimeout, @DefaultValue("1MB") DataSize maxRequestBody) {

    public WebProperties {
        healthToken = healthToken.strip();
        if (maxSessions < 1) {
            throw new IllegalArgumentException("storyatlas.web.max-sessions: " + maxSessions + " must be at least 1");
        }
        if (pageSessionTimeout.toSeconds() < 1) {
            throw new IllegalArgumentException("storyatlas.web.page-session-timeout: " + pageSessionTimeout + " must be at least 1 s");
        }
    }
}
