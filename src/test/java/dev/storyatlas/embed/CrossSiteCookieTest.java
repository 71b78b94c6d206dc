package dev.storyatlas.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The "cross-site" profile gives the session cookie what third-party embeds need. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.devmode.devTools.enabled=false", "vaadin.launch-browser=false"})
@ActiveProfiles("cross-site")
class CrossSiteCookieTest {

    @LocalServerPort
    private int port;

    @Test
    void with_the_cross_site_profile_the_session_cookie_is_same_site_none_and_secure() throws Exception {
        HttpResponse<Void> response;
        try (HttpClient client = HttpClient.newHttpClient()) {
            // the session (and its cookie) starts with Flow's request for the view, not with the page (web.SessionGuard)
            response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/?v-r=init&location=embed&query=lang%3Den")).build(),
                    HttpResponse.BodyHandlers.discarding());
        }

        assertThat(response.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("SameSite=None", "Secure"));
    }
}
