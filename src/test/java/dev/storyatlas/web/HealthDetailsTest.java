package dev.storyatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyatlas.web.RawHttp.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /actuator/health} tells anyone whether the app is up, and only a monitor with the operators'
 * token which story files fail and why (a failing draft's text can give away an embargoed story).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.devmode.devTools.enabled=false", "vaadin.launch-browser=false"})
@TestPropertySource(properties = {"storyatlas.stories-dir=target/test-classes/stories-dir", "storyatlas.web.health-token=" + HealthDetailsTest.TOKEN})
class HealthDetailsTest {

    static final String TOKEN = "operators-token-for-the-test";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    private int port;

    @Test
    void a_stranger_sees_only_whether_the_app_is_up() throws Exception {
        for (String[] headers : new String[][] {{}, {"Authorization: Bearer wrong-token"}, {"Authorization: Basic " + TOKEN}}) {
            Answer answer = RawHttp.get(port, "/actuator/health", headers);

            assertThat(answer.status()).isEqualTo(200);
            JsonNode health = JSON.readTree(answer.body());
            assertThat(health.get("status").asString()).isEqualTo("UP");
            assertThat(health.propertyNames()).doesNotContain("components", "details");
            assertThat(answer.body()).doesNotContain("broken-bridge", "stories-dir", "/work", "diskSpace");
        }
    }

    @Test
    void the_operators_monitor_sees_the_failing_files_with_paths_inside_the_stories_directory() throws Exception {
        Answer answer = RawHttp.get(port, "/actuator/health", "Authorization: Bearer " + TOKEN);

        assertThat(answer.status()).isEqualTo(200);
        JsonNode details = JSON.readTree(answer.body()).get("components").get("storyCatalog").get("details");
        assertThat(details.get("failingFiles").propertyNames()).containsExactly("broken-bridge.yaml");
        assertThat(details.get("failingFiles").get("broken-bridge.yaml").get(0).asString()).startsWith("broken-bridge.yaml:");
        assertThat(answer.body()).doesNotContain(System.getProperty("user.dir"), "diskSpace");
    }
}
