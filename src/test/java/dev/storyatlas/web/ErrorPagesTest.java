package dev.storyatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyatlas.web.RawHttp.Answer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every status the app gives has a page of its own in the reader's language, or an RFC 9457 problem
 * under {@code /api}: never Spring's Whitelabel page, an exception's text or a stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.devmode.devTools.enabled=false", "vaadin.launch-browser=false",
        // a page served by Spring MVC outside the API, to fail on purpose
        "vaadin.exclude-urls=/api/**,/actuator/**,/failing-page"})
@Import(ErrorPagesTest.Failing.class)
class ErrorPagesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SECRET = "secret-detail-of-the-failure";

    @LocalServerPort
    private int port;

    @TestConfiguration
    @RestController
    static class Failing {
        @GetMapping({"/api/failing", "/failing-page"})
        String fail() {
            throw new IllegalStateException(SECRET);
        }
    }

    @Test
    void a_badly_encoded_parameter_gets_a_page_that_names_it_with_a_link_to_the_map() throws Exception {
        for (String parameter : List.of("place", "actor", "from", "to")) {
            for (String path : List.of("/", "/stories/taz-2024-10-nordkorea-soldaten")) {
                Answer answer = RawHttp.get(port, path + "?" + parameter + "=%E0%A4%A", "Accept-Language: en");

                assertThat(answer.status()).as(path + " " + parameter).isEqualTo(400);
                assertThat(answer.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
                assertThat(answer.body()).as(path + " " + parameter).contains("<html lang=\"en\">", "This address is not valid",
                        "The parameter “" + parameter + "” of this address is not correctly encoded.", "<a href=\"/?lang=en\">Go to the map</a>");
                assertNothingLeaks(answer);
            }
        }
    }

    @Test
    void in_the_embed_the_page_links_back_to_the_embed_and_speaks_the_readers_language() throws Exception {
        Answer byParameter = RawHttp.get(port, "/embed?lang=de&place=%E0%A4%A", "Accept-Language: en");
        assertThat(byParameter.status()).isEqualTo(400);
        assertThat(byParameter.body()).contains("<html lang=\"de\">", "Der Parameter „place“ dieser Adresse ist nicht richtig kodiert.",
                "<a href=\"/embed?lang=de\">Zur Karte</a>");

        Answer byBrowser = RawHttp.get(port, "/embed/taz-2024-10-nordkorea-soldaten?actor=china&from=%E0%A4%A", "Accept-Language: fr, de;q=0.8");
        assertThat(byBrowser.status()).isEqualTo(400);
        assertThat(byBrowser.body()).contains("<html lang=\"de\">", "„from“", "<a href=\"/embed?lang=de\">Zur Karte</a>");
        assertNothingLeaks(byParameter);
        assertNothingLeaks(byBrowser);
    }

    @Test
    void a_path_the_server_cannot_decode_gets_the_same_page_or_problem_from_the_server_itself() throws Exception {
        Answer page = RawHttp.get(port, "/embed/%E0%A4%A?lang=de");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("<html lang=\"de\">", "Diese Adresse ist ungültig", "<a href=\"/embed?lang=de\">Zur Karte</a>");
        assertThat(page.header("X-Content-Type-Options")).contains("nosniff");
        assertNothingLeaks(page);

        assertProblem(RawHttp.get(port, "/api/stories/%E0%A4%A"), 400, "/api/stories/%E0%A4%A");
    }

    @Test
    void a_parameter_name_is_shown_as_text_and_cut_short() throws Exception {
        Answer answer = RawHttp.get(port, "/?%3Cscript%3Ealert(1)%3C/script%3E" + "x".repeat(100) + "=%E0%A4%A");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;xxx").doesNotContain("<script>", "x".repeat(60));
    }

    @Test
    void a_missing_file_gets_the_not_found_page() throws Exception {
        Answer answer = RawHttp.get(port, "/VAADIN/no-such-file.js", "Accept-Language: de");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).contains("<html lang=\"de\">", "Seite nicht gefunden", "<a href=\"/?lang=de\">Zur Karte</a>");
        assertNothingLeaks(answer);
    }

    @Test
    void a_failure_of_ours_gets_a_page_without_its_details() throws Exception {
        Answer answer = RawHttp.get(port, "/failing-page?lang=en");

        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.body()).contains("Something went wrong", "<a href=\"/?lang=en\">Go to the map</a>");
        assertNothingLeaks(answer);
    }

    @Test
    void under_api_every_error_is_a_problem_without_details_of_the_failure() throws Exception {
        assertProblem(RawHttp.get(port, "/api/failing"), 500, "/api/failing");
        assertProblem(RawHttp.get(port, "/api/no-such-thing"), 404, "/api/no-such-thing");
        assertProblem(RawHttp.send(port, "DELETE", "/api/stories", new byte[0]), 405, "/api/stories");
    }

    @Test
    void a_wrong_method_or_a_body_too_large_for_a_page_gets_its_page() throws Exception {
        // Vaadin answers every method on its pages; the server refuses TRACE
        Answer wrongMethod = RawHttp.send(port, "TRACE", "/?lang=en", new byte[0]);
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.body()).contains("Request not allowed", "Go to the map");
        assertNothingLeaks(wrongMethod);

        Answer tooLarge = RawHttp.send(port, "POST", "/?lang=en", new byte[3 * 1024 * 1024],
                "Content-Type: application/x-www-form-urlencoded");
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("Request too large", "Go to the map");
        assertNothingLeaks(tooLarge);
    }

    @Test
    void a_message_to_vaadin_larger_than_the_limit_is_refused_before_it_is_read() throws Exception {
        Answer tooLarge = RawHttp.send(port, "POST", "/?v-r=uidl&v-uiId=0", new byte[2 * 1024 * 1024], "Content-Type: application/json");
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("Request too large");

        Answer unknownLength = RawHttp.send(port, "POST", "/?v-r=uidl&v-uiId=0", "5\r\nhello\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
                "Content-Type: application/json", "Transfer-Encoding: chunked");
        assertThat(unknownLength.status()).isEqualTo(411);
        assertThat(unknownLength.body()).contains("Request refused", "Go to the map");
    }

    private static void assertProblem(Answer answer, int status, String instance) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("instance").asString()).isEqualTo(instance);
        assertNothingLeaks(answer);
    }

    private static void assertNothingLeaks(Answer answer) {
        assertThat(answer.body()).doesNotContain("Whitelabel", "Exception", SECRET, "at java.", "at org.", "Tomcat");
    }
}
