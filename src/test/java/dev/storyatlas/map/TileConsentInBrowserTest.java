package dev.storyatlas.map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.storyatlas.BrowserTest;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Configured tiles on another origin (a tile server on 127.0.0.1 while the app is on localhost). */
class TileConsentInBrowserTest extends BrowserTest {

    private static final AtomicInteger TILE_REQUESTS = new AtomicInteger();
    private static final AtomicBoolean FAILING = new AtomicBoolean();
    private static final HttpServer TILES = startTileServer();

    @DynamicPropertySource
    static void tiles(DynamicPropertyRegistry registry) {
        registry.add("storyatlas.map.tiles.url-template", () -> "http://127.0.0.1:" + TILES.getAddress().getPort() + "/{z}/{x}/{y}.png");
        registry.add("storyatlas.map.tiles.attribution", () -> "<b>Test tiles</b>");
    }

    @AfterAll
    static void stopTileServer() {
        TILES.stop(0);
    }

    @BeforeEach
    void resetTileServer() {
        TILE_REQUESTS.set(0);
        FAILING.set(false);
    }

    @Test
    void configured_tiles_wait_for_the_readers_consent() {
        openMap("/?lang=en");

        // a tile layer on the map would have made its tiles' images by now, before asking for them
        assertThat(page.locator(".leaflet-tile-pane img")).hasCount(0);
        assertThat(TILE_REQUESTS.get()).as("tile requests before consent").isZero();
        assertThat(page.locator("#tile-consent")).hasText("Load map tiles from 127.0.0.1");

        page.locator("#tile-consent").click();

        page.waitForSelector(".leaflet-tile-pane img.leaflet-tile-loaded");
        assertThat(TILE_REQUESTS.get()).isPositive();
        assertThat(page.locator("#tile-consent")).hasCount(0);
        assertThat(page.locator(".leaflet-control-attribution")).containsText("<b>Test tiles</b>");
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void failing_tiles_fall_back_to_the_offline_basemap() {
        FAILING.set(true);
        openMap("/?lang=en");

        page.locator("#tile-consent").click();

        assertThat(page.getByText("The map tiles could not be loaded")).isVisible();
        assertThat(page.locator(".leaflet-tile-pane .leaflet-layer")).hasCount(0);
        assertThat(page.locator(".leaflet-sa-basemap-pane path").first()).isAttached();
        pageErrors.removeIf(error -> error.contains("127.0.0.1") || error.contains("status of 503"));
        assertThat(pageErrors).isEmpty();
    }

    private static HttpServer startTileServer() {
        try {
            byte[] tile = tileImage();
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                TILE_REQUESTS.incrementAndGet();
                if (FAILING.get()) {
                    exchange.sendResponseHeaders(503, -1);
                } else {
                    exchange.getResponseHeaders().add("Content-Type", "image/png");
                    exchange.sendResponseHeaders(200, tile.length);
                    exchange.getResponseBody().write(tile);
                }
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] tileImage() throws IOException {
        BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x88aa66));
        g.fillRect(0, 0, 256, 256);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }
}
