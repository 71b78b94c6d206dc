package dev.storyatlas.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a page of another site gets when it sends requests with a reader's session cookie (as a
 * browser that still sends third-party cookies would): answers that its browser will not let it read,
 * while a site on the allow-list gets exactly the element's requests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.devmode.devTools.enabled=false", "vaadin.launch-browser=false",
                "storyatlas.embed.allowed-origins=https://news.example"})
class HostileOriginTest {

    private static final String HOSTILE = "https://hostile.example";
    private static final String INIT = "/?v-r=init&location=embed&query=lang%3Den";

    @LocalServerPort
    private int port;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void a_hostile_site_cannot_read_an_init_answer_sent_with_the_readers_cookie() throws Exception {
        String cookie = readersCookie();

        HttpResponse<String> init = get(INIT, cookie, HOSTILE);

        assertThat(init.body()).as("the cookie opened the reader's session").contains("\"v-uiId\"");
        assertThat(init.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(init.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    }

    @Test
    void not_even_an_allowed_site_may_read_an_init_answer_only_the_elements_own_requests() throws Exception {
        String cookie = readersCookie();

        HttpResponse<String> init = get(INIT, cookie, "https://news.example");
        HttpResponse<String> check = get("/cookie-check", cookie, "https://news.example");

        assertThat(init.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(check.headers().firstValue("Access-Control-Allow-Origin")).contains("https://news.example");
        assertThat(check.headers().firstValue("Access-Control-Allow-Credentials")).contains("true");
        assertThat(check.body()).isEqualTo("{\"kept\":true}");
    }

    @Test
    void the_null_origin_of_a_sandboxed_page_gets_nothing_on_the_elements_requests() throws Exception {
        HttpResponse<String> check = get("/cookie-check", readersCookie(), "null");

        assertThat(check.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(check.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    }

    /**
     * The session cookie a reader gets on opening the embed (with Flow's first request: a page load starts no
     * session), as the browser would send it back.
     */
    private String readersCookie() throws IOException, InterruptedException {
        HttpResponse<String> embed = get(INIT, null, null);
        String setCookie = embed.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    private HttpResponse<String> get(String pathAndQuery, String cookie, String origin) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
