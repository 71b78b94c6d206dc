package dev.storyatlas.embed;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets the {@code <story-atlas-map>} element work on other sites' pages: its script, the bundle it
 * imports and its requests to the server need CORS headers, which Vaadin does not send. The element
 * keeps its session through the cookie, so for its requests the reply names the calling site exactly
 * and allows credentials; sites outside {@code storyatlas.embed.allowed-origins} (when set) get no
 * such headers. The bundle's files are public and cookie-free, so any site may read those.
 */
@Component
class CrossOriginFilter extends OncePerRequestFilter {

    private static final String BUILD_FILES = "/VAADIN/";

    private final EmbedProperties properties;

    CrossOriginFilter(EmbedProperties properties) {
        this.properties = properties;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader("Origin");
        String path = FramingPolicyFilter.pathInApp(request);
        if (path.startsWith(BUILD_FILES)) {
            // Public build files, fetched without cookies and cached by browsers: one answer for every
            // request, else a copy cached for the embed's own origin would be refused to the host page.
            response.setHeader("Access-Control-Allow-Origin", "*");
        } else if (servesTheElement(path, request.getQueryString())) {
            // The answer depends on the asking origin, whether or not this one may have it.
            response.addHeader("Vary", "Origin");
        }
        if (origin != null && !path.startsWith(BUILD_FILES) && servesTheElement(path, request.getQueryString()) && properties.allows(origin)) {
            response.setHeader("Access-Control-Allow-Origin", origin);
            response.setHeader("Access-Control-Allow-Credentials", "true");
            // Vaadin's loader in development mode polls with a header of its own and reads one in the reply.
            response.setHeader("Access-Control-Expose-Headers", "X-DevModePending");
            if ("OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null) {
                response.setHeader("Access-Control-Allow-Methods", "GET, HEAD, POST");
                String headers = request.getHeader("Access-Control-Request-Headers");
                if (headers != null) {
                    response.setHeader("Access-Control-Allow-Headers", headers);
                }
                response.setHeader("Access-Control-Max-Age", "600");
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The element's scripts and Vaadin's own requests of it (UIDL, heartbeat, beacon), which carry the session cookie. */
    static boolean servesTheElement(String path, @Nullable String query) {
        return path.startsWith("/web-component/") || (query != null && (query.startsWith("v-r=") || query.contains("&v-r=")));
    }
}
