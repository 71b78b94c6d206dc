package dev.storyatlas.embed;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Another site for the embedding tests: a tiny HTTP server on its own port, so its pages are of
 * another origin than Story Atlas. It serves whatever pages a test puts there. On {@code localhost}
 * it is the same site as the app (another port is not another site); on {@code 127.0.0.1} it is
 * another site, as a news page embedding the map from another domain is.
 */
public final class HostSite implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, String> pages = new ConcurrentHashMap<>();

    public HostSite() {
        try {
            server = HttpServer.create(new InetSocketAddress(0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String page = pages.get(exchange.getRequestURI().getPath());
            // Unknown paths (the browser's favicon request) get an empty answer, not an error.
            byte[] body = page == null ? new byte[0] : page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(page == null ? 204 : 200, page == null ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Puts a page with the given body at the path; returns its address on localhost, the same site as the app's. */
    String page(String path, String body) {
        pages.put(path, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Host</title></head>"
                + "<body style=\"margin:0\"><h1>A news site</h1>" + body + "</body></html>");
        return "http://localhost:" + port() + path;
    }

    /** Puts a page with the given body at the path; returns its address on 127.0.0.1, another site than the app on localhost. */
    public String crossSitePage(String path, String body) {
        return page(path, body).replace("http://localhost:", "http://127.0.0.1:");
    }

    /** This site's origin on 127.0.0.1, as a browser sends it in {@code Origin}. */
    public String crossSiteOrigin() {
        return "http://127.0.0.1:" + port();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
