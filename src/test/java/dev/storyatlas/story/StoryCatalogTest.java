package dev.storyatlas.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/** The catalog with a stories directory: broken files skipped and reported, changes seen without a restart. */
class StoryCatalogTest {

    private static final String TAZ = "taz-2024-10-nordkorea-soldaten";

    @TempDir
    Path dir;

    private StoryCatalog catalog;

    @BeforeEach
    void copyTheBridgeStory() throws IOException {
        copy("bridge.yaml", "bridge.yaml");
        copy("bridge.txt", "bridge.txt");
    }

    @AfterEach
    void closeCatalog() {
        if (catalog != null) {
            catalog.close();
        }
    }

    @Test
    void stories_of_the_directory_follow_the_built_in_ones() {
        catalog = catalog(TAZ);

        assertThat(catalog.all()).extracting(Story::id).containsExactly(TAZ, "bridge");
        assertThat(catalog.find("bridge")).isPresent();
        assertThat(catalog.failures()).isEmpty();
    }

    @Test
    void a_story_of_the_directory_may_be_the_default_story() {
        catalog = catalog("bridge");

        assertThat(catalog.defaultStory().id()).isEqualTo("bridge");
    }

    @Test
    void a_map_address_without_a_story_id_names_the_default_story_and_one_with_an_id_names_that_story_or_none() {
        catalog = catalog("bridge");

        assertThat(catalog.findOrDefault(null)).containsSame(catalog.defaultStory());
        assertThat(catalog.findOrDefault(" ")).containsSame(catalog.defaultStory());
        assertThat(catalog.findOrDefault(TAZ)).map(Story::id).contains(TAZ);
        assertThat(catalog.findOrDefault("atlantis")).isEmpty();
    }

    @Test
    void a_broken_file_is_skipped_and_reported_while_the_good_ones_load() throws IOException {
        Files.writeString(dir.resolve("broken.yaml"), read("bridge.yaml").replace("id: bridge", "id: other-bridge").replace("lon: 11.2", "lon: 211.2"));

        catalog = catalog(TAZ);

        assertThat(catalog.all()).extracting(Story::id).containsExactly(TAZ, "bridge");
        assertThat(catalog.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.file()).isEqualTo("broken.yaml");
            assertThat(failure.problems()).extracting(StoryProblem::toString)
                    .containsExactly("broken.yaml:11:5: places[0].lon: longitude 211.2 is outside -180..180");
        });
    }

    @Test
    void adding_changing_and_removing_files_takes_effect_at_the_next_scan() throws IOException {
        catalog = catalog(TAZ);

        Files.writeString(dir.resolve("second.yaml"), read("bridge.yaml").replace("id: bridge", "id: second-bridge"));
        assertThat(catalog.refresh()).isTrue();
        assertThat(catalog.find("second-bridge")).isPresent();

        Files.writeString(dir.resolve("second.yaml"), read("bridge.yaml").replace("id: bridge", "id: second-bridge")
                .replace("title: Eine Brücke", "title: Eine neue Brücke"));
        touch("second.yaml");
        assertThat(catalog.refresh()).isTrue();
        assertThat(catalog.find("second-bridge").orElseThrow().title()).isEqualTo("Eine neue Brücke");

        Files.delete(dir.resolve("second.yaml"));
        assertThat(catalog.refresh()).isTrue();
        assertThat(catalog.find("second-bridge")).isEmpty();
        assertThat(catalog.refresh()).as("nothing changed since").isFalse();
    }

    @Test
    void an_edited_article_is_read_again_with_its_story() throws IOException {
        catalog = catalog(TAZ);

        Files.writeString(dir.resolve("bridge.txt"), read("bridge.txt").replace("eine Brücke eröffnet", "ein Tunnel eröffnet"));
        touch("bridge.txt");
        catalog.refresh();

        assertThat(catalog.find("bridge")).isEmpty();
        assertThat(catalog.failures()).singleElement().extracting(StoryFailure::file).isEqualTo("bridge.yaml");
    }

    @Test
    void the_scanner_notices_a_new_file_by_itself() throws Exception {
        catalog = new StoryCatalog(new StoryLoader(), new StoryAtlasProperties(TAZ, dir, Duration.ofMillis(50)));

        Files.writeString(dir.resolve("later.yaml"), read("bridge.yaml").replace("id: bridge", "id: later-bridge"));

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (catalog.find("later-bridge").isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(catalog.find("later-bridge")).isPresent();
    }

    @Test
    void a_file_that_once_broke_the_loader_is_a_located_problem_at_start_up_and_the_other_stories_serve() throws IOException {
        Files.writeString(dir.resolve("broken.yaml"), placeWithoutIdCitedByALink());

        catalog = catalog(TAZ);

        assertThat(catalog.all()).extracting(Story::id).containsExactly(TAZ, "bridge");
        assertThat(catalog.failures()).singleElement().satisfies(failure -> assertThat(failure.problems())
                .extracting(StoryProblem::toString).containsExactly(BROKEN_PLACE));
    }

    @Test
    void after_such_a_file_arrives_the_directory_goes_on_reloading_and_a_deleted_story_is_no_longer_served() throws IOException {
        catalog = catalog(TAZ);

        Files.writeString(dir.resolve("broken.yaml"), placeWithoutIdCitedByALink());
        assertThat(catalog.refresh()).isTrue();
        assertThat(catalog.failures()).extracting(StoryFailure::file).containsExactly("broken.yaml");

        Files.delete(dir.resolve("bridge.yaml"));
        assertThat(catalog.refresh()).isTrue();
        assertThat(catalog.find("bridge")).isEmpty();
        assertThat(catalog.all()).extracting(Story::id).containsExactly(TAZ);
    }

    @Test
    void the_scanner_goes_on_after_a_file_whose_loading_overflows_the_stack() throws Exception {
        StoryLoader overflowing = new StoryLoader() {
            @Override
            Story load(Resource file, Set<String> takenIds) {
                if ("deep.yaml".equals(file.getFilename())) {
                    throw new StackOverflowError();
                }
                return super.load(file, takenIds);
            }
        };
        catalog = new StoryCatalog(overflowing, new StoryAtlasProperties(TAZ, dir, Duration.ofMillis(50)));

        Files.writeString(dir.resolve("deep.yaml"), "id: deep");
        eventually(() -> !catalog.failures().isEmpty());
        assertThat(catalog.failures()).singleElement().satisfies(failure -> assertThat(failure.problems())
                .extracting(StoryProblem::toString)
                .containsExactly("deep.yaml: cannot be loaded (nested too deeply); please report this file to the developers"));

        Files.writeString(dir.resolve("later.yaml"), read("bridge.yaml").replace("id: bridge", "id: later-bridge"));
        eventually(() -> catalog.find("later-bridge").isPresent());
        assertThat(catalog.find("later-bridge")).isPresent();
    }

    @Test
    void a_file_whose_id_is_taken_is_skipped_so_an_id_always_means_one_story() throws IOException {
        copy("bridge.yaml", "zz-copy.yaml");
        Files.writeString(dir.resolve("taz.yaml"), read("bridge.yaml").replace("id: bridge", "id: " + TAZ));

        catalog = catalog(TAZ);

        assertThat(catalog.find(TAZ).orElseThrow().publisher()).isEqualTo("taz");
        assertThat(catalog.failures()).extracting(failure -> failure.problems().getFirst().toString()).containsExactly(
                "taz.yaml:1:1: id: another story already has the id '" + TAZ + "'",
                "zz-copy.yaml:1:1: id: another story already has the id 'bridge'");
    }

    @Test
    void a_missing_directory_is_reported_and_the_built_in_stories_still_serve() {
        catalog = new StoryCatalog(new StoryLoader(), new StoryAtlasProperties(TAZ, dir.resolve("nowhere"), null));

        assertThat(catalog.all()).extracting(Story::id).containsExactly(TAZ);
        assertThat(catalog.failures()).singleElement().satisfies(failure ->
                assertThat(failure.problems().getFirst().message()).isEqualTo("does not exist"));
    }

    @Test
    void a_broken_built_in_story_still_stops_the_start() {
        assertThatThrownBy(() -> new StoryCatalog(new StoryLoader(), new StoryAtlasProperties("bridge", null, null), "classpath:broken-built-in/*.yaml"))
                .isInstanceOf(StoryFileException.class)
                .hasMessageContaining("bridge.yaml:10:5: places[0].lat: latitude 147.5 is outside -90..90");
    }

    @Test
    void an_unknown_default_story_stops_the_start() {
        assertThatThrownBy(() -> catalog("atlantis"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("storyatlas.default-story: no story with id 'atlantis' (known: " + TAZ + ", bridge)");
    }

    /** The story file whose incident has a place reference without a place, cited by a link: it once threw in the link check. */
    static String placeWithoutIdCitedByALink() throws IOException {
        return new ClassPathResource("malformed/place-ref-without-place-cited-by-link.yaml")
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8).replaceFirst("(?m)^id: bridge$", "id: broken-link");
    }

    /** The problem that file has when saved as broken.yaml. */
    static final String BROKEN_PLACE = "broken.yaml:23:50: incidents[0].places[1].place: is required";

    /** Waits for the scanner (at most ten seconds, checking often) until the condition holds. */
    private static void eventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    private StoryCatalog catalog(String defaultStory) {
        // an hour between scans: these tests call refresh() themselves
        return new StoryCatalog(new StoryLoader(), new StoryAtlasProperties(defaultStory, dir, Duration.ofHours(1)));
    }

    /** Moves the modification time on, as file systems with coarse clocks may not for two quick writes. */
    private void touch(String file) throws IOException {
        Files.setLastModifiedTime(dir.resolve(file), FileTime.from(Instant.now().plusSeconds(60)));
    }

    private void copy(String fixture, String target) throws IOException {
        Files.writeString(dir.resolve(target), read(fixture));
    }

    private static String read(String fixture) throws IOException {
        return new ClassPathResource("fixtures/" + fixture).getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
