package dev.storyatlas.embed;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.Charset;
import java.util.Locale;
import org.apache.catalina.Context;
import org.apache.tomcat.util.http.CookieProcessor;
import org.apache.tomcat.util.http.MimeHeaders;
import org.apache.tomcat.util.http.Rfc6265CookieProcessor;
import org.apache.tomcat.util.http.ServerCookies;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.stereotype.Component;

/**
 * Lets the session cookie reach an embed on another site in today's browsers, which keep a
 * third-party cookie only when it is partitioned (CHIPS): where the browser accepts {@code Secure}
 * (HTTPS, and localhost on plain HTTP) the cookie goes out as {@code SameSite=None; Secure;
 * Partitioned}, a choice made per request because one server is often reached both ways. Elsewhere
 * it stays as the server writes it, since a browser would drop a {@code Secure} cookie sent over
 * plain HTTP.
 */
@Component
class CrossSiteCookies implements TomcatContextCustomizer {

    @Override
    public void customize(Context context) {
        // before the context starts it has no processor of its own unless Spring Boot set one; Tomcat's default then
        CookieProcessor server = context.getCookieProcessor();
        context.setCookieProcessor(new PerRequest(server == null ? new Rfc6265CookieProcessor() : server));
    }

    /**
     * Whether the browser that sent the request accepts {@code Secure} cookies from it: HTTPS (as the
     * server sees it, so behind a proxy only when its forwarded headers are honoured), or a loopback
     * host, which browsers treat as a secure context.
     */
    static boolean acceptsSecureCookies(boolean secure, @Nullable String host) {
        if (secure) {
            return true;
        }
        if (host == null) {
            return false;
        }
        String name = host.toLowerCase(Locale.ROOT);
        return name.equals("localhost") || name.endsWith(".localhost") || name.equals("[::1]") || name.equals("::1")
                || name.matches("127(\\.[0-9]{1,3}){3}");
    }

    /** The server's own cookie processor, with the cross-site attributes added where the request allows them. */
    private static final class PerRequest implements CookieProcessor {
        private final CookieProcessor server;

        PerRequest(CookieProcessor server) {
            this.server = server;
        }

        @Override
        public String generateHeader(Cookie cookie, HttpServletRequest request) {
            if (request == null || !acceptsSecureCookies(request.isSecure(), request.getServerName())) {
                return server.generateHeader(cookie, request);
            }
            Cookie crossSite = (Cookie) cookie.clone();
            crossSite.setSecure(true);
            crossSite.setAttribute("SameSite", "None");
            // Tomcat writes the attribute for an empty value only
            crossSite.setAttribute("Partitioned", "");
            return server.generateHeader(crossSite, request);
        }

        @Override
        public void parseCookieHeader(MimeHeaders headers, ServerCookies serverCookies) {
            server.parseCookieHeader(headers, serverCookies);
        }

        @Override
        public Charset getCharset() {
            return server.getCharset();
        }
    }
}
