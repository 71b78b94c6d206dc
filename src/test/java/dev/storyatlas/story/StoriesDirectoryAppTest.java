package dev.storyatlas.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole app with a stories directory holding good files and a broken one: the good ones are
 * served, the broken one is skipped and shown to operators in {@code /actuator/health}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.devmode.devTools.enabled=false", "vaadin.launch-browser=false"})
@TestPropertySource(properties = {"storyatlas.stories-dir=target/test-classes/stories-dir", "storyatlas.web.health-token=operators-token"})
class StoriesDirectoryAppTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    private int port;

    @Test
    void the_good_files_are_served_beside_the_built_in_story_and_the_broken_one_is_not() throws Exception {
        JsonNode list = JSON.readTree(get("/api/stories").body());

        assertThat(list.valueStream().map(story -> story.get("id").asString()).toList())
                .containsExactly("taz-2024-10-nordkorea-soldaten", "bridge", "html-in-texts");
        assertThat(get("/api/stories/bridge").statusCode()).isEqualTo(200);
        assertThat(get("/api/stories/broken-bridge").statusCode()).isEqualTo(404);
    }

    @Test
    void health_lists_the_broken_file_with_every_problem_and_stays_up() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .header("Authorization", "Bearer operators-token").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode catalog = JSON.readTree(response.body()).get("components").get("storyCatalog");
        assertThat(catalog.get("status").asString()).isEqualTo("UP");
        JsonNode failing = catalog.get("details").get("failingFiles");
        assertThat(failing.propertyNames()).containsExactly("broken-bridge.yaml");
        List<String> problems = failing.get("broken-bridge.yaml").valueStream().map(JsonNode::asString).toList();
        assertThat(problems).containsExactly(
                "broken-bridge.yaml:2:1: titel: unknown field 'titel'",
                "broken-bridge.yaml:1:1: title: is required");
        assertThat(catalog.get("details").get("storiesDir").asString()).isEqualTo("stories-dir");
        assertThat(catalog.get("details").get("stories").valueStream().map(JsonNode::asString).toList())
                .containsExactly("taz-2024-10-nordkorea-soldaten", "bridge", "html-in-texts");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
