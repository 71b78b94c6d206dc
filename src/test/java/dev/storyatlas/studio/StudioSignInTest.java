package dev.storyatlas.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import jakarta.servlet.ServletContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The studio switched on: its addresses need an editor's sign-in, and the readers' answers stay as they were. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.devmode.devTools.enabled=false", "vaadin.launch-browser=false",
                StudioAccounts.ENABLED, StudioAccounts.ACCOUNT})
class StudioSignInTest {

    @LocalServerPort
    private int port;

    @Autowired
    private ServletContext servletContext;

    @Test
    void without_signing_in_the_studio_sends_the_editor_to_its_sign_in() throws Exception {
        Http http = new Http(port);
        HttpResponse<String> studio = http.get("/studio");

        assertThat(studio.statusCode()).isEqualTo(302);
        assertThat(studio.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/studio/login"));
        assertThat(StudioRoutesTest.viewAt(servletContext, "studio/login")).contains(LoginView.class);
        assertThat(StudioRoutesTest.viewAt(servletContext, "studio")).contains(StudioView.class);
    }

    @Test
    void a_wrong_password_is_refused_and_opens_nothing() throws Exception {
        Http http = new Http(port);
        HttpResponse<String> refused = http.signIn(StudioAccounts.EDITOR, "paper-lantern-43");

        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/studio/login?error"));
        List<String> cookie = Http.session(refused).map(session -> List.of("Cookie", session)).orElse(List.of());
        assertThat(http.get("/studio", cookie.toArray(String[]::new)).statusCode()).isEqualTo(302);
        assertThat(http.signIn("mallory", StudioAccounts.PASSWORD).headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("?error"));
    }

    @Test
    void the_right_password_opens_the_studio_in_a_session_of_its_own() throws Exception {
        Http http = new Http(port);
        HttpResponse<String> signedIn = http.signIn(StudioAccounts.EDITOR, StudioAccounts.PASSWORD);

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/studio"));
        String session = Http.session(signedIn).orElseThrow(() -> new AssertionError("no session cookie after signing in"));
        assertThat(http.get("/studio", "Cookie", session).statusCode()).isEqualTo(200);
    }

    @Test
    void a_readers_page_load_sets_no_cookie_but_the_probe_and_gets_no_header_of_spring_security() throws Exception {
        Http http = new Http(port);
        for (String path : List.of("/?lang=en", "/embed?lang=en", "/stories/taz-2024-10-nordkorea-soldaten", "/stories")) {
            HttpResponse<String> page = http.get(path);

            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(Http.cookies(page)).as(path).allMatch(cookie -> cookie.startsWith("sa-cookies="));
            assertThat(page.headers().map().keySet()).as(path).map(String::toLowerCase)
                    .doesNotContain("x-xss-protection", "pragma", "expires");
            // Vaadin's own, which the embed drops; Spring's would say DENY
            assertThat(page.headers().firstValue("X-Frame-Options")).as(path).isEqualTo(path.startsWith("/embed") ? Optional.empty() : Optional.of("SAMEORIGIN"));
            assertThat(page.headers().firstValue("Cache-Control")).as(path).isEmpty();
            assertThat(page.body()).as(path).doesNotContain("_csrf");
        }
        assertThat(http.get("/embed?lang=en").headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(policy -> assertThat(policy).doesNotContain("frame-ancestors"));
        assertThat(http.get("/?lang=en").headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(policy -> assertThat(policy).contains("frame-ancestors 'self'"));
    }

    @Test
    void the_data_api_keeps_its_caching() throws Exception {
        HttpResponse<String> stories = new Http(port).get("/api/stories");

        assertThat(stories.statusCode()).isEqualTo(200);
        assertThat(stories.headers().firstValue("ETag")).isPresent();
        assertThat(stories.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("max-age=60").doesNotContain("no-cache"));
        assertThat(Http.cookies(stories)).isEmpty();
    }

    @Test
    void an_address_with_a_path_parameter_gets_the_apps_answer_not_spring_securitys_firewall() throws Exception {
        // Spring's strict firewall would refuse the semicolon with its own error; the app answers as it did before
        HttpResponse<String> odd = new Http(port).get("/stories;x=1");

        assertThat(odd.statusCode()).isNotEqualTo(400).isNotEqualTo(500);
    }
}
