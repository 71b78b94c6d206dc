package dev.storyatlas.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The HTTP client of the simulated readers: Apache HttpClient's blocking client over a pool of
 * kept-alive HTTP/1.1 connections. Each request runs on the calling thread, so the load generator,
 * which shares this machine's cores with the server, spends little CPU on a reader (the JDK's
 * asynchronous client hands every request to its selector thread and back). No cookie store, no
 * compression, no redirects and no retries: each reader sends its own session cookie, as a browser would.
 */
final class ReaderHttp implements AutoCloseable {

    /** A response: status, the values of its {@code Set-Cookie} headers, and the body as text. */
    record Reply(int status, List<String> cookies, String body) {
    }

    private final CloseableHttpClient client;

    /** A client keeping up to {@code connections} connections open to one server. */
    ReaderHttp(int connections) {
        client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(connections)
                        .setMaxConnPerRoute(connections)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofSeconds(5))
                                .setSocketTimeout(Timeout.ofSeconds(30))
                                // a kept-alive connection the server has closed meanwhile is noticed, not failed on
                                .setValidateAfterInactivity(TimeValue.ofSeconds(1))
                                .build())
                        .build())
                .disableCookieManagement()
                .disableContentCompression()
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .build();
    }

    Reply get(String url, String cookie) throws IOException {
        return send(withCookie(new HttpGet(url), cookie));
    }

    Reply post(String url, String cookie, String json) throws IOException {
        HttpPost post = new HttpPost(url);
        post.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON.withCharset(StandardCharsets.UTF_8)));
        return send(withCookie(post, cookie));
    }

    private static ClassicHttpRequest withCookie(ClassicHttpRequest request, String cookie) {
        if (!cookie.isEmpty()) {
            request.setHeader("Cookie", cookie);
        }
        return request;
    }

    private Reply send(ClassicHttpRequest request) throws IOException {
        return client.execute(request, response -> new Reply(response.getCode(),
                Arrays.stream(response.getHeaders("Set-Cookie")).map(Header::getValue).toList(),
                response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8)));
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
