package dev.storyatlas.embed;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedding settings under {@code storyatlas.embed}.
 *
 * @param allowedOrigins the sites (scheme, host and port, e.g. {@code https://news.example}) that may
 *        frame {@code /embed} and run the web component; empty lets every site frame the embed and
 *        none but our own pages run the element
 * @param sessionTimeout how long an embed reader's session outlives their last request; Vaadin's
 *        heartbeat (every 5 minutes) keeps an open map alive, so it must be longer than that
 */
@ConfigurationProperties("storyatlas.embed")
public record EmbedProperties(List<String> allowedOrigins, Duration sessionTimeout) {

    static final Duration DEFAULT_SESSION_TIMEOUT = Duration.ofMinutes(10);

    // An origin is exactly scheme, host and optional port: anything more could smuggle text into the headers built from it.
    private static final Pattern ORIGIN = Pattern.compile("https?://[a-z0-9.-]+(:[0-9]{1,5})?");

    public EmbedProperties(@Nullable List<String> allowedOrigins, @Nullable Duration sessionTimeout) {
        this.allowedOrigins = allowedOrigins == null ? List.of()
                : allowedOrigins.stream().map(EmbedProperties::normalized).filter(o -> !o.isEmpty()).map(EmbedProperties::checked).toList();
        this.sessionTimeout = sessionTimeout == null ? DEFAULT_SESSION_TIMEOUT : sessionTimeout;
    }

    /** Whether every site may embed the map. */
    boolean anyOrigin() {
        return allowedOrigins.isEmpty();
    }

    /**
     * Whether a site, given as the browser's {@code Origin} header, may run the web component with the
     * reader's cookie: only a site named in the list, so an empty list allows none but our own pages.
     */
    boolean allowsElementOn(String origin) {
        return allowedOrigins.contains(normalized(origin));
    }

    private static String checked(String origin) {
        if (!ORIGIN.matcher(origin).matches()) {
            throw new IllegalArgumentException("storyatlas.embed.allowed-origins: '" + origin
                    + "' is not an origin such as https://news.example or http://localhost:8081");
        }
        return origin;
    }

    // Browsers send origins without a trailing slash and in lower case; operators may write either.
    private static String normalized(String origin) {
        String stripped = origin.strip().toLowerCase(Locale.ROOT);
        return stripped.endsWith("/") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }
}
