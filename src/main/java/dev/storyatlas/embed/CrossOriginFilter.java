package dev.storyatlas.embed;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cross-origin rules, no wider than each kind of request needs. The public build files, the data
 * API (open data) and the element's pins for a browser without our cookie ({@link ElementPins}) answer
 * every site, without cookies. The {@code <story-atlas-map>} element on a site
 * in {@code storyatlas.embed.allowed-origins} may load its script and make the credentialed requests
 * it needs to keep the reader's session: Vaadin's bootstrap poll and resynchronisation, its UIDL and
 * heartbeat, and our check whether the browser kept the cookie ({@link CookieCheckFilter}). Nothing else gets credentialed CORS, so no other site can drive a reader's session or
 * read its answers; an empty allow-list keeps the element to our own pages (iframes need no CORS).
 */
// before the cookie check, which answers by itself and needs these headers on its answer
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class CrossOriginFilter extends OncePerRequestFilter {

    private static final String BUILD_FILES = "/VAADIN/";
    private static final String DATA_API = "/api/";
    private static final String ELEMENT_PINS = "/" + ElementPins.PATH;
    private static final String ELEMENT_SCRIPTS = "/web-component/";
    private static final String ELEMENT_BOOTSTRAP = ELEMENT_SCRIPTS + "web-component-bootstrap.js";

    /** Vaadin's request types that the element sends with the reader's cookie to the app's root. */
    private static final Set<String> ELEMENT_REQUEST_TYPES = Set.of("uidl", "heartbeat");

    /** Every header the element's requests set themselves: JSON bodies, and Vaadin's poll in development mode. */
    static final String ALLOWED_HEADERS = "Content-Type, X-DevModePoll";

    private final EmbedProperties properties;

    CrossOriginFilter(EmbedProperties properties) {
        this.properties = properties;
    }

    /** What a request may get, from its path in the app and its query. */
    enum Kind {
        /** Public and cookie-free: {@code Access-Control-Allow-Origin: *}. */
        PUBLIC,
        /** The element's script: readable by allowed sites, without cookies (a module script sends none). */
        ELEMENT_SCRIPT,
        /** The element's session requests: allowed sites, with credentials. */
        ELEMENT_SESSION,
        /** Everything else: no cross-origin headers at all. */
        NONE
    }

    static Kind kindOf(String path, @Nullable String query) {
        if (path.startsWith(BUILD_FILES) || path.startsWith(DATA_API) || path.equals(ELEMENT_PINS)) {
            return Kind.PUBLIC;
        }
        String type = requestType(query);
        if (path.equals(ELEMENT_BOOTSTRAP)) {
            return type == null || type.equals("webcomponent-resync") ? Kind.ELEMENT_SESSION : Kind.NONE;
        }
        if (path.startsWith(ELEMENT_SCRIPTS) && path.endsWith(".js") && type == null) {
            return Kind.ELEMENT_SCRIPT;
        }
        if (path.equals(CookieCheckFilter.PATH) && type == null) {
            return Kind.ELEMENT_SESSION;
        }
        if (path.equals("/") && type != null && ELEMENT_REQUEST_TYPES.contains(type)) {
            return Kind.ELEMENT_SESSION;
        }
        return Kind.NONE;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Kind kind = kindOf(FramingPolicyFilter.pathInApp(request), request.getQueryString());
        String origin = request.getHeader("Origin");
        boolean preflight = "OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null;
        switch (kind) {
            case PUBLIC -> {
                // one answer for every request, so a copy cached for one site serves every other
                response.setHeader("Access-Control-Allow-Origin", "*");
                if (preflight) {
                    answerPreflight(response, "GET, HEAD");
                    return;
                }
            }
            case ELEMENT_SCRIPT, ELEMENT_SESSION -> {
                // the answer depends on the asking site, whether or not this one may have it
                response.addHeader("Vary", "Origin");
                if (origin != null && properties.allowsElementOn(origin)) {
                    response.setHeader("Access-Control-Allow-Origin", origin);
                    if (kind == Kind.ELEMENT_SESSION) {
                        response.setHeader("Access-Control-Allow-Credentials", "true");
                        // Vaadin's loader in development mode polls with a header of its own and reads one in the reply
                        response.setHeader("Access-Control-Expose-Headers", "X-DevModePending");
                    }
                    if (preflight) {
                        answerPreflight(response, "GET, HEAD, POST");
                        return;
                    }
                }
            }
            case NONE -> {
            }
        }
        chain.doFilter(request, response);
    }

    private static void answerPreflight(HttpServletResponse response, String methods) {
        response.setHeader("Access-Control-Allow-Methods", methods);
        response.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
        response.setHeader("Access-Control-Max-Age", "600");
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    /** Whether the request is Vaadin's resynchronisation of the element's session after the server lost it. */
    static boolean isElementResync(String path, @Nullable String query) {
        return path.equals(ELEMENT_BOOTSTRAP) && "webcomponent-resync".equals(requestType(query));
    }

    /** Vaadin's request type, the query's {@code v-r} parameter; null when there is none. */
    static @Nullable String requestType(@Nullable String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("v-r=")) {
                return pair.substring(4);
            }
        }
        return null;
    }
}
