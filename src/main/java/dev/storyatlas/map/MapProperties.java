package dev.storyatlas.map;

import java.net.URI;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Map settings under {@code storyatlas.map}. Without any, the map draws only its offline basemap and
 * no request leaves the app's origin.
 *
 * @param tiles optional raster tiles, for publishers with their own or contracted tile server
 */
@ConfigurationProperties("storyatlas.map")
public record MapProperties(Tiles tiles) {

    public MapProperties(@Nullable Tiles tiles) {
        this.tiles = tiles == null ? new Tiles(null, null, null) : tiles;
    }

    /**
     * A tile server. A template that starts with {@code /} is on the app's own origin and loads at once;
     * any other asks the reader's consent first.
     *
     * @param urlTemplate Leaflet URL template such as {@code https://tiles.example.org/{z}/{x}/{y}.png}
     * @param attribution the credit line the tile provider requires, shown as plain text
     * @param maxZoom the deepest zoom the server offers
     */
    public record Tiles(@Nullable String urlTemplate, @Nullable String attribution, @Nullable Integer maxZoom) {

        public Tiles {
            urlTemplate = urlTemplate == null || urlTemplate.isBlank() ? null : urlTemplate.strip();
            attribution = attribution == null ? "" : attribution;
            maxZoom = maxZoom == null ? 18 : maxZoom;
        }

        /** Whether tiles are configured at all. */
        public boolean configured() {
            return urlTemplate != null;
        }

        /** Whether the tiles come from the app's own origin (a path, not a full URL). */
        public boolean sameOrigin() {
            return urlTemplate != null && urlTemplate.startsWith("/") && !urlTemplate.startsWith("//");
        }

        /** The tile server's host name, as the consent button names it. */
        public Optional<String> host() {
            if (urlTemplate == null || sameOrigin()) {
                return Optional.empty();
            }
            try {
                return Optional.ofNullable(URI.create(urlTemplate.replaceAll("[{}]", "")).getHost());
            } catch (IllegalArgumentException e) {
                return Optional.of(urlTemplate);
            }
        }
    }
}
