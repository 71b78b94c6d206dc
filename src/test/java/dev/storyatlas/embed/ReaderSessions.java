package dev.storyatlas.embed;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The server's sessions, so that a test can make the server forget every reader, as a restarted
 * server or another server of a cluster does: the browser keeps its cookie, the server has no
 * session for it.
 */
@TestConfiguration
public class ReaderSessions {

    private final Set<HttpSession> open = ConcurrentHashMap.newKeySet();

    @Bean
    HttpSessionListener trackSessions() {
        return new HttpSessionListener() {
            @Override
            public void sessionCreated(HttpSessionEvent event) {
                open.add(event.getSession());
            }

            @Override
            public void sessionDestroyed(HttpSessionEvent event) {
                open.remove(event.getSession());
            }
        };
    }

    /** Ends every session the server holds now. */
    public void forgetEveryReader() {
        for (HttpSession session : Set.copyOf(open)) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyGone) {
                // it timed out or ended meanwhile: forgotten all the same
            }
            open.remove(session);
        }
    }
}
