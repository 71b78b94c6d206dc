package dev.storyatlas.embed;

import com.microsoft.playwright.Request;
import com.microsoft.playwright.Route;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A browser that drops the app's cookie, as one that blocks it does: a route that makes the request
 * itself, without any cookie, and answers the browser without {@code Set-Cookie}, so the browser
 * never stores one.
 */
final class DroppedCookies {

    private static final Set<String> PASSED_ON = Set.of("content-type", "accept", "accept-language", "origin", "referer");
    private static final Set<String> NOT_RETURNED = Set.of("set-cookie", "content-length", "transfer-encoding", "connection");

    private DroppedCookies() {
    }

    static void fulfillWithoutCookies(Route route) {
        Request request = route.request();
        byte[] body = request.postDataBuffer();
        HttpRequest.Builder sent = HttpRequest.newBuilder(URI.create(request.url()))
                .method(request.method(), body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        request.headers().forEach((name, value) -> {
            if (PASSED_ON.contains(name.toLowerCase())) {
                sent.header(name, value);
            }
        });
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<byte[]> answer = client.send(sent.build(), HttpResponse.BodyHandlers.ofByteArray());
            Map<String, String> headers = new LinkedHashMap<>();
            answer.headers().map().forEach((name, values) -> {
                if (!NOT_RETURNED.contains(name.toLowerCase()) && !name.startsWith(":")) {
                    headers.put(name, String.join(", ", values));
                }
            });
            route.fulfill(new Route.FulfillOptions().setStatus(answer.statusCode()).setHeaders(headers).setBodyBytes(answer.body()));
        } catch (IOException e) {
            route.abort();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            route.abort();
        }
    }
}
