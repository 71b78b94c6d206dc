package dev.storyatlas.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.core.io.ClassPathResource;

/** What {@code /actuator/health} says about the stories directory follows its files as they change. */
class StoryCatalogHealthIndicatorTest {

    @TempDir
    Path dir;

    private StoryCatalog catalog;

    @AfterEach
    void closeCatalog() {
        if (catalog != null) {
            catalog.close();
        }
    }

    @Test
    void health_shows_the_problems_of_the_files_as_they_are_now_not_those_of_an_earlier_scan() throws IOException {
        Files.writeString(dir.resolve("bridge.txt"), fixture("bridge.txt"));
        Files.writeString(dir.resolve("broken.yaml"), StoryCatalogTest.placeWithoutIdCitedByALink());
        catalog = new StoryCatalog(new StoryLoader(), new StoryAtlasProperties(null, dir, Duration.ofHours(1)));
        StoryCatalogHealthIndicator health = new StoryCatalogHealthIndicator(catalog);

        assertThat(failingFiles(health.health())).containsExactly(Map.entry("broken.yaml", java.util.List.of(StoryCatalogTest.BROKEN_PLACE)));

        Files.delete(dir.resolve("broken.yaml"));
        Files.writeString(dir.resolve("other.yaml"), fixture("bridge.yaml").replace("lon: 11.2", "lon: 211.2"));
        catalog.refresh();

        assertThat(failingFiles(health.health())).containsExactly(Map.entry("other.yaml",
                java.util.List.of("other.yaml:11:5: places[0].lon: longitude 211.2 is outside -180..180")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> failingFiles(Health health) {
        return (Map<String, Object>) health.getDetails().get("failingFiles");
    }

    private static String fixture(String name) throws IOException {
        return new ClassPathResource("fixtures/" + name).getContentAsString(StandardCharsets.UTF_8);
    }
}
