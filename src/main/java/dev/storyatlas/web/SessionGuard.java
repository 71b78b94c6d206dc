package dev.storyatlas.web;

import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps strangers from filling the server with sessions. A page load gets a {@link PageSession}
 * instead of a real one; a real session starts with Flow's request for a view, lives only
 * {@code storyatlas.web.page-session-timeout} until a view is built (see {@link SessionLifetimes}),
 * and none starts while the open sessions fill their {@link SessionCap}: that request is answered 503
 * with a Retry-After, and the page it came from keeps its first map.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class SessionGuard extends OncePerRequestFilter implements HttpSessionListener {

    /** Seconds a refused reader is asked to wait before trying again. */
    static final int RETRY_AFTER_SECONDS = 30;

    /** The web component's bootstrap, which builds the element's view in its own request (Vaadin's WebComponentBootstrapHandler). */
    private static final Pattern WEB_COMPONENT_VIEW = Pattern.compile("/web-component/web-component-(ui|bootstrap)\\.(js|html)$");

    /** The session attribute that marks a session whose reader has seen a view. */
    private static final String VIEW_SHOWN = SessionGuard.class.getName() + ".viewShown";

    private static final Logger log = LoggerFactory.getLogger(SessionGuard.class);

    private final WebProperties properties;
    private final SessionCap cap;
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger withView = new AtomicInteger();

    SessionGuard(WebProperties properties) {
        this.properties = properties;
        this.cap = SessionCap.of(properties, Runtime.getRuntime().maxMemory());
        log.info("Session cap: {}", cap.description());
    }

    /** How many real HTTP sessions are open now. */
    int openSessions() {
        return open.get();
    }

    /** How many of the open sessions have shown a view. */
    int sessionsWithView() {
        return withView.get();
    }

    SessionCap cap() {
        return cap;
    }

    /** Counts the session at a view's weight from now on (once per session). */
    void viewShown(WrappedSession session) {
        if (session.getAttribute(VIEW_SHOWN) == null) {
            session.setAttribute(VIEW_SHOWN, Boolean.TRUE);
            withView.incrementAndGet();
        }
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        open.incrementAndGet();
        event.getSession().setMaxInactiveInterval((int) properties.pageSessionTimeout().toSeconds());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        if (event.getSession().getAttribute(VIEW_SHOWN) != null) {
            withView.decrementAndGet();
        }
        open.decrementAndGet();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getSession(false) != null) {
            chain.doFilter(request, response);
        } else if (isPageLoad(request)) {
            chain.doFilter(new WithPageSession(request, (int) properties.pageSessionTimeout().toSeconds()), response);
        } else if (!cap.admits(open.get(), withView.get()) && startsSession(request)) {
            refuse(response);
        } else {
            chain.doFilter(request, response);
        }
    }

    /**
     * A request for a page, which Vaadin answers with the same bootstrap page for everyone: a GET
     * without Vaadin's request type, other than the web component's bootstrap (which builds a view).
     */
    private static boolean isPageLoad(HttpServletRequest request) {
        return ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && requestType(request) == null && !WEB_COMPONENT_VIEW.matcher(request.getRequestURI()).find();
    }

    /** Whether Vaadin would start a session for this request: one that asks for a view. */
    private static boolean startsSession(HttpServletRequest request) {
        String type = requestType(request);
        return "init".equals(type) || "webcomponent-resync".equals(type) || WEB_COMPONENT_VIEW.matcher(request.getRequestURI()).find();
    }

    /** Vaadin's request type ({@code v-r}), read from the raw query so that a malformed one is left to the server to refuse. */
    private static @Nullable String requestType(HttpServletRequest request) {
        return RawQuery.of(request.getQueryString()).value("v-r").orElse(null);
    }

    private static void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write(("Story Atlas has as many readers as it can serve right now. The map's pins stay;"
                + " please try again in a minute.\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The page load's request, whose session is a {@link PageSession} that ends with it. */
    private static final class WithPageSession extends HttpServletRequestWrapper {
        private final int timeout;
        private @Nullable PageSession session;

        WithPageSession(HttpServletRequest request, int timeout) {
            super(request);
            this.timeout = timeout;
        }

        @Override
        public @Nullable HttpSession getSession(boolean create) {
            if (session == null && create) {
                session = new PageSession(getServletContext(), timeout);
            }
            return session;
        }

        @Override
        public HttpSession getSession() {
            HttpSession created = getSession(true);
            assert created != null;
            return created;
        }

        @Override
        public String changeSessionId() {
            throw new IllegalStateException("a page load has no session whose id could change");
        }
    }
}
