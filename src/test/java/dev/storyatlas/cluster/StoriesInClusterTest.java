package dev.storyatlas.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two instances reading one shared stories directory (issue 18, item 4): a story file changed there
 * reaches every instance by its own scan, with no message between the instances.
 */
class StoriesInClusterTest {

    private static final Path DIR = Path.of("target/cluster-tests/stories");
    private static final Path STORIES = DIR.resolve("shared-stories");
    private static final Duration SCAN_INTERVAL = Duration.ofSeconds(1);
    /** A bound for the test on a busy machine, far above the scan interval; the delay itself is printed. */
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Cluster cluster;

    @BeforeAll
    static void startCluster() throws Exception {
        Files.createDirectories(STORIES);
        Files.copy(Path.of("src/test/resources/stories-dir/bridge.txt"), STORIES.resolve("bridge.txt"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(Path.of("src/test/resources/stories-dir/bridge.yaml"), STORIES.resolve("bridge.yaml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        cluster = Cluster.start(DIR, 2, List.of("--storyatlas.stories-dir=" + STORIES.toAbsolutePath(),
                "--storyatlas.scan-interval=" + SCAN_INTERVAL.toSeconds() + "s"));
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void a_story_file_changed_in_the_shared_directory_is_served_by_every_instance() throws Exception {
        for (int n = 1; n <= 2; n++) {
            assertThat(title(cluster.instanceUrl(n, "/api/stories/bridge"))).as("atlas%d before the change", n).isEqualTo("Eine Brücke");
        }

        Path file = STORIES.resolve("bridge.yaml");
        Files.writeString(file, Files.readString(file).replace("title: Eine Brücke", "title: Eine neue Brücke"));
        long changed = System.nanoTime();

        for (int n = 1; n <= 2; n++) {
            String url = cluster.instanceUrl(n, "/api/stories/bridge");
            while (!title(url).equals("Eine neue Brücke")) {
                assertThat(System.nanoTime() - changed).as("atlas%d still serves the old story; its log:%n%s", n, cluster.instanceLog(n))
                        .isLessThan(LIMIT.toNanos());
                Thread.sleep(100);
            }
            System.out.printf("[cluster] atlas%d served the changed story %d ms after the change (scan interval %d ms)%n",
                    n, (System.nanoTime() - changed) / 1_000_000, SCAN_INTERVAL.toMillis());
        }
        // and so every reader through the balancer, whichever instance answers
        for (int i = 0; i < 4; i++) {
            assertThat(title(cluster.url("/api/stories/bridge"))).isEqualTo("Eine neue Brücke");
        }
    }

    private static String title(String url) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s", url).isEqualTo(200);
        return JSON.readTree(response.body()).get("title").asString();
    }
}
