package dev.storyatlas.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pins a {@code <story-atlas-map>} element shows when the browser drops our cookie, over real HTTP as a
 * news page of another site asks for them: public data, read like an embed's URL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.devmode.devTools.enabled=false", "vaadin.launch-browser=false"})
class ElementPinsTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String NEWS_SITE = "https://news.example";

    @LocalServerPort
    private int port;

    @Test
    void the_element_gets_the_pins_of_its_filter_the_line_in_its_language_and_the_full_maps_address() throws Exception {
        HttpResponse<String> response = get("/first-pins?story=taz-2024-10-nordkorea-soldaten&place=bryansk&actor=nv-ua,lloyd-austin&lang=en&id=atlas",
                "de-DE");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = JSON.readTree(response.body());
        assertThat(names(answer.get("first").get("pins"))).containsExactlyInAnyOrder("Bryansk Oblast", "Kyiv");
        assertThat(answer.get("first").get("label").asString()).isEqualTo("Map of the places in the story");
        assertThat(answer.get("note").asString()).isEqualTo("Your browser blocks this map's cookie here, so a pin opens the full map in a new tab.");
        assertThat(answer.get("map").asString()).isEqualTo("stories/taz-2024-10-nordkorea-soldaten?actor=lloyd-austin%2Cnv-ua&lang=en");
    }

    @Test
    void without_a_language_or_a_story_the_element_gets_the_default_story_in_the_browsers_language() throws Exception {
        HttpResponse<String> response = get("/first-pins", "de-DE,de;q=0.9");

        JsonNode answer = JSON.readTree(response.body());
        assertThat(names(answer.get("first").get("pins"))).hasSize(7).contains("Gebiet Brjansk");
        assertThat(answer.get("note").asString()).startsWith("Ihr Browser blockiert hier das Cookie der Karte");
        assertThat(answer.get("map").asString()).isEqualTo("stories/taz-2024-10-nordkorea-soldaten");
        // header names are case-insensitive, and Tomcat writes them in lower case when it compresses the answer
        assertThat(response.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).containsIgnoringCase("Accept-Language"));
    }

    @Test
    void any_site_may_read_and_cache_the_pins_which_come_without_a_cookie() throws Exception {
        HttpResponse<String> response = get("/first-pins?lang=en", "en");

        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(cache -> assertThat(cache).contains("public", "max-age="));
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    }

    @Test
    void an_unknown_story_is_not_found() throws Exception {
        assertThat(get("/first-pins?story=no-such-story", "en").statusCode()).isEqualTo(404);
    }

    @Test
    void story_text_and_odd_attributes_stay_data() throws Exception {
        HttpResponse<String> response = get("/first-pins?actor=%3Cscript%3E&place=%22%3E&lang=xx&story=taz-2024-10-nordkorea-soldaten", "en");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("<", ">");
        assertThat(JSON.readTree(response.body()).get("map").asString()).isEqualTo("stories/taz-2024-10-nordkorea-soldaten?actor=%3Cscript%3E");
    }

    private static List<String> names(JsonNode pins) {
        List<String> names = new ArrayList<>();
        pins.forEach(pin -> names.add(pin.get("name").asString()));
        return names;
    }

    private HttpResponse<String> get(String path, String languages) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Origin", NEWS_SITE).header("Accept-Language", languages).build(), HttpResponse.BodyHandlers.ofString());
    }
}
