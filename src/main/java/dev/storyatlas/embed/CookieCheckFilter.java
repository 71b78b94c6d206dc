package dev.storyatlas.embed;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells a page whether its browser kept our session cookie, before Vaadin's client starts: every
 * page Vaadin serves sets the cookie, so a check that comes back without one means the browser
 * dropped it (third-party cookies blocked, every cookie blocked) and every later request would land
 * in a new, empty session. The page then keeps its first map instead ({@code frontend/cookie-check.ts}).
 * For the same reason a web component's session resynchronisation that comes without a cookie is
 * refused: Vaadin would otherwise re-create the element, lose the session again and start over.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class CookieCheckFilter extends OncePerRequestFilter {

    /** The check's path in the app; {@code frontend/cookie-check.ts} asks it. */
    static final String PATH = "/cookie-check";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = FramingPolicyFilter.pathInApp(request);
        boolean withoutCookie = request.getRequestedSessionId() == null;
        if (path.equals(PATH)) {
            // never creates a session: the answer is about the cookie the browser sent
            response.setContentType("application/json");
            response.setHeader("Cache-Control", "no-store");
            response.getOutputStream().write(("{\"kept\":" + !withoutCookie + "}").getBytes(StandardCharsets.US_ASCII));
            return;
        }
        if (withoutCookie && CrossOriginFilter.isElementResync(path, request.getQueryString())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "This browser does not keep Story Atlas's session cookie");
            return;
        }
        chain.doFilter(request, response);
    }
}
