package dev.storyatlas.embed;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.util.UriUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may put our pages in a frame: the embed for every site or the configured ones, every other
 * page only our own (against clickjacking and against the main view posing inside foreign sites).
 */
@Component
class FramingPolicyFilter extends OncePerRequestFilter {

    static final String HEADER = "Content-Security-Policy";

    private final EmbedProperties properties;

    FramingPolicyFilter(EmbedProperties properties) {
        this.properties = properties;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = pathInApp(request);
        String policy = policyFor(path);
        if (policy != null) {
            response.setHeader(HEADER, policy);
        }
        chain.doFilter(request, isEmbed(path) ? new WithoutFrameOptions(response) : response);
    }

    /** The policy for a path inside the app; null where any site may frame it. */
    @Nullable String policyFor(String path) {
        if (!isEmbed(path)) {
            return "frame-ancestors 'self'";
        }
        return properties.anyOrigin() ? null : "frame-ancestors 'self' " + String.join(" ", properties.allowedOrigins());
    }

    /**
     * The request's path below the app's context path, e.g. {@code /embed/taz}, as the server resolves
     * it: path parameters dropped, decoded, dot segments applied. The raw URI would let
     * {@code /embed/..;/} pass as the embed while the server shows the main view. Anything left odd
     * counts as the root, so it gets the strict policy.
     */
    static String pathInApp(HttpServletRequest request) {
        String raw = request.getRequestURI().substring(request.getContextPath().length());
        String path = StringUtils.cleanPath(UriUtils.decode(raw.replaceAll(";[^/]*", ""), StandardCharsets.UTF_8));
        return path.startsWith("/") && !path.contains("..") && !path.contains(";") ? path : "/";
    }

    static boolean isEmbed(String path) {
        return path.equals("/embed") || path.startsWith("/embed/");
    }

    /**
     * Vaadin sends {@code X-Frame-Options: SAMEORIGIN} with every page it bootstraps; on the embed that
     * would forbid what the policy above allows, so the embed's response drops it.
     */
    private static final class WithoutFrameOptions extends HttpServletResponseWrapper {
        private static final String FRAME_OPTIONS = "X-Frame-Options";

        WithoutFrameOptions(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!FRAME_OPTIONS.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!FRAME_OPTIONS.equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }
    }
}
