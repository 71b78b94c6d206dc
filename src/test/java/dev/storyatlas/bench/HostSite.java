package dev.storyatlas.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A news site on another origin that embeds the map: article pages with the embed code between their paragraphs, as
 * the embed dialog gives it. Its own server on a loopback port, so its pages carry none of Story Atlas's headers (the
 * app's {@code Content-Security-Policy} of {@code default-src 'self'} would block the iframe and the scripts). The
 * pages are loaded from {@code localhost}, the map from {@code 127.0.0.1}: another site, as on a news site.
 */
final class HostSite implements AutoCloseable {

    /** The article with the iframe and {@code embed.js}. */
    static final String IFRAME_PAGE = "/iframe.html";
    /** The article with the iframe and {@code embed.js} of the baseline server, for before/after in one run. */
    static final String BASELINE_IFRAME_PAGE = "/iframe-baseline.html";
    /** The article with the {@code <story-atlas-map>} element and its module script. */
    static final String ELEMENT_PAGE = "/element.html";

    /** The height the embed code reserves (EmbedCode.RESERVED_HEIGHT). */
    private static final int RESERVED_HEIGHT = 720;
    private static final String PARAGRAPH = "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
            + "incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris "
            + "nisi ut aliquip ex ea commodo consequat.</p>\n";

    private final HttpServer server;
    private volatile Map<String, String> pages = Map.of();

    private HostSite(HttpServer server) {
        this.server = server;
    }

    /** Starts the site on a free loopback port; its pages embed nothing until {@link #embed} says from where. */
    static HostSite start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        HostSite site = new HostSite(server);
        server.createContext("/", exchange -> {
            try (exchange) {
                String html = site.pages.get(exchange.getRequestURI().getPath());
                byte[] body = (html == null ? "not found" : html).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", html == null ? "text/plain" : "text/html; charset=utf-8");
                exchange.sendResponseHeaders(html == null ? 404 : 200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.start();
        return site;
    }

    /** The site's origin as the browser sees it: the origin Story Atlas must allow for the element. */
    String origin() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** The address of one of the site's pages. */
    String url(String page) {
        return origin() + page;
    }

    /**
     * Writes the articles with the embed code of the story on the Story Atlas server at {@code atlas}, and the iframe's
     * article for the server at {@code baselineAtlas} when there is one.
     */
    void embed(String atlas, @Nullable String baselineAtlas, String story) {
        String element = "<script type=\"module\" src=\"" + atlas + "/web-component/story-atlas-map.js\"></script>\n"
                + "<story-atlas-map story=\"" + story + "\" lang=\"en\" style=\"display:block;min-height:" + RESERVED_HEIGHT
                + "px\"></story-atlas-map>\n";
        Map<String, String> written = new HashMap<>(Map.of(IFRAME_PAGE, article(iframe(atlas, story)), ELEMENT_PAGE, article(element)));
        if (baselineAtlas != null) {
            written.put(BASELINE_IFRAME_PAGE, article(iframe(baselineAtlas, story)));
        }
        pages = Map.copyOf(written);
    }

    private static String iframe(String atlas, String story) {
        return "<iframe src=\"" + atlas + "/embed/" + story + "?lang=en\" title=\"Map: North Korean soldiers in Russia\""
                + " style=\"width:100%;height:" + RESERVED_HEIGHT + "px;border:0\" loading=\"lazy\"></iframe>\n"
                + "<script src=\"" + atlas + "/embed.js\" async></script>\n";
    }

    private static String article(String embedCode) {
        return """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Host: an article with the embedded map</title>
                <style>body { font: 18px/1.5 Georgia, serif; max-width: 40rem; margin: 0 auto; padding: 0 1rem; }</style>
                </head><body>
                <h1>North Korean soldiers in Russia</h1>
                """ + PARAGRAPH + embedCode + PARAGRAPH + PARAGRAPH + PARAGRAPH + "</body></html>\n";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
