package dev.storyatlas.embed;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets the {@code <story-atlas-map>} element work on other sites' pages: its script, the bundle it
 * imports and its requests to the server need CORS headers, which Vaadin does not send. The element
 * keeps its session through the cookie, so the reply names the calling site exactly and allows
 * credentials; sites outside {@code storyatlas.embed.allowed-origins} (when set) get no headers.
 */
@Component
class CrossOriginFilter extends OncePerRequestFilter {

    private final EmbedProperties properties;

    CrossOriginFilter(EmbedProperties properties) {
        this.properties = properties;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader("Origin");
        if (origin != null && servesTheElement(request) && properties.allows(origin)) {
            response.setHeader("Access-Control-Allow-Origin", origin);
            response.setHeader("Access-Control-Allow-Credentials", "true");
            response.addHeader("Vary", "Origin");
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

    /** The element's script, the bundle chunks it imports, and Vaadin's own requests (UIDL, heartbeat, beacon). */
    static boolean servesTheElement(HttpServletRequest request) {
        String path = FramingPolicyFilter.pathInApp(request);
        String query = request.getQueryString();
        return path.startsWith("/web-component/") || path.startsWith("/VAADIN/")
                || (query != null && (query.startsWith("v-r=") || query.contains("&v-r=")));
    }
}
