package dev.storyatlas.web;

import dev.storyatlas.map.MapProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers every answer carries: no content sniffing, a referrer that names only our origin to other
 * sites, HSTS when the reader came over HTTPS, and a content security policy. The policy is one header
 * shared with the embed's framing rules (embed.FramingPolicyFilter sets {@code frame-ancestors}): whichever
 * filter runs first, the other's directives are joined to it, so the browser gets both in one policy.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SecurityHeadersFilter extends OncePerRequestFilter {

    static final String CSP = "Content-Security-Policy";
    static final String HSTS_VALUE = "max-age=31536000";

    /** A tile template's scheme and host, with {@code {s}} and the like standing for a subdomain. */
    private static final Pattern ORIGIN = Pattern.compile("^(https?)://([^/?#]+)");

    private final String policy;

    SecurityHeadersFilter(MapProperties map) {
        this.policy = policy(map.tiles());
    }

    /**
     * As strict as Vaadin allows: Flow runs the scripts the server sends through {@code new Function}
     * ('unsafe-eval'), its bootstrap page has inline scripts and its components inline styles. No plugins,
     * no foreign base URL or form target, and images only from us and the configured tile server.
     */
    static String policy(MapProperties.Tiles tiles) {
        String images = "'self' data: blob:" + (tiles.configured() && !tiles.sameOrigin() ? " " + tileSource(tiles.urlTemplate()) : "");
        return "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
                + "img-src " + images + "; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";
    }

    /** The CSP source for a tile URL template: its origin, a placeholder subdomain as a wildcard, else its scheme. */
    static String tileSource(@Nullable String template) {
        Matcher origin = ORIGIN.matcher(template == null ? "" : template);
        if (!origin.find()) {
            return template != null && template.startsWith("//") ? "https:" : "'self'";
        }
        String host = origin.group(2).replaceAll("\\{[^}]*}", "*");
        boolean wildcardFirstOnly = !host.contains("*") || (host.startsWith("*.") && host.indexOf('*', 1) < 0);
        return wildcardFirstOnly ? origin.group(1) + "://" + host : origin.group(1) + ":";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if (overHttps(request)) {
            response.setHeader("Strict-Transport-Security", HSTS_VALUE);
        }
        String earlier = response.getHeader(CSP);
        if (earlier == null || !earlier.contains(policy)) {
            response.setHeader(CSP, earlier == null ? policy : earlier + "; " + policy);
        }
        chain.doFilter(request, new JoinedPolicy(response, policy));
    }

    /** Error pages carry the headers too, also when the server refused the request before any filter ran. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    /** Whether the reader's connection is HTTPS: ours, or a proxy's in front that says so. */
    private static boolean overHttps(HttpServletRequest request) {
        String forwarded = request.getHeader("X-Forwarded-Proto");
        return request.isSecure() || (forwarded != null && forwarded.split(",")[0].strip().equalsIgnoreCase("https"));
    }

    /** Keeps our directives beside any policy set later in the chain. */
    private static final class JoinedPolicy extends HttpServletResponseWrapper {
        private final String policy;

        JoinedPolicy(HttpServletResponse response, String policy) {
            super(response);
            this.policy = policy;
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, CSP.equalsIgnoreCase(name) && !value.contains(policy) ? value + "; " + policy : value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
