package dev.storyatlas.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;

/**
 * Links, pipes and folders in the stories directory: a story and its article are read only from plain
 * files inside the directory, anything else is a problem named in the failures, and nothing blocks.
 */
class StoryDirectoryFilesTest {

    private static final String OUTSIDE = "is a link to a file outside the stories directory; only files inside it are read";

    @TempDir
    Path dir;

    @TempDir
    Path elsewhere;

    private StoryCatalog catalog;

    @BeforeEach
    void putTheBridgeArticleInPlace() throws IOException {
        Files.writeString(dir.resolve("bridge.txt"), fixture("bridge.txt"));
    }

    @AfterEach
    void closeCatalog() {
        if (catalog != null) {
            catalog.close();
        }
    }

    @Test
    void links_to_a_story_file_and_an_article_inside_the_directory_are_followed() throws IOException {
        Files.createDirectory(dir.resolve("drafts"));
        Files.writeString(dir.resolve("drafts/bridge.draft"), bridge("linked").replace("article: bridge.txt", "article: article-link.txt"));
        Files.createSymbolicLink(dir.resolve("linked.yaml"), Path.of("drafts/bridge.draft"));
        Files.createSymbolicLink(dir.resolve("article-link.txt"), dir.resolve("bridge.txt"));

        catalog = catalog();

        assertThat(catalog.failures()).isEmpty();
        assertThat(catalog.find("linked").orElseThrow().article().paragraphs()).hasSize(2);
    }

    @Test
    void a_story_file_linking_out_of_the_directory_is_refused_by_name() throws IOException {
        Files.writeString(elsewhere.resolve("bridge.yaml"), bridge("outside"));
        Files.writeString(elsewhere.resolve("bridge.txt"), fixture("bridge.txt"));
        Files.createSymbolicLink(dir.resolve("out.yaml"), elsewhere.resolve("bridge.yaml"));

        catalog = catalog();

        assertThat(catalog.find("outside")).isEmpty();
        assertThat(problems()).containsExactly("out.yaml: cannot be read: " + OUTSIDE);
    }

    @Test
    void an_article_linking_out_of_the_directory_is_refused_and_its_text_never_served() throws IOException {
        Files.writeString(elsewhere.resolve("secret.txt"), "SECRET=hunter2");
        Files.createSymbolicLink(dir.resolve("secret.txt"), elsewhere.resolve("secret.txt"));
        Files.writeString(dir.resolve("leak.yaml"), """
                id: leak
                title: Nichts
                publisher: Niemand
                published: 2024-05
                language: de
                article: secret.txt
                places:
                  - { id: bergstadt, name: { de: Bergstadt, en: Mountain Town }, lat: 47.5, lon: 11.2, kind: city }
                """);

        catalog = catalog();

        assertThat(catalog.find("leak")).isEmpty();
        assertThat(problems()).containsExactly("leak.yaml:6:1: article: cannot read article file 'secret.txt': " + OUTSIDE);
    }

    @Test
    // a guard only: opening a pipe would block for good, and a thread blocked in open() cannot be interrupted
    @Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void named_pipes_as_story_file_or_article_are_refused_without_blocking_start_up_or_a_reload() throws Exception {
        mkfifo(dir.resolve("pipe.yaml"));
        mkfifo(dir.resolve("pipe.txt"));
        Files.writeString(dir.resolve("piped.yaml"), bridge("piped").replace("article: bridge.txt", "article: pipe.txt"));

        catalog = catalog();

        String special = "is a special file (a named pipe, socket or device), not a plain file";
        assertThat(problems()).containsExactly(
                "pipe.yaml: cannot be read: " + special,
                "piped.yaml:6:1: article: cannot read article file 'pipe.txt': " + special);

        Files.writeString(dir.resolve("later.yaml"), bridge("later"));
        assertThat(catalog.refresh()).isTrue();
        assertThat(catalog.find("later")).isPresent();
    }

    @Test
    void a_directory_named_as_story_file_or_article_is_refused_by_name() throws IOException {
        Files.createDirectory(dir.resolve("folder.yaml"));
        Files.createDirectory(dir.resolve("texts"));
        Files.writeString(dir.resolve("foldered.yaml"), bridge("foldered").replace("article: bridge.txt", "article: texts"));

        catalog = catalog();

        assertThat(problems()).containsExactly(
                "folder.yaml: cannot be read: is a directory, not a plain file",
                "foldered.yaml:6:1: article: cannot read article file 'texts': is a directory, not a plain file");
    }

    private StoryCatalog catalog() {
        // an hour between scans: the tests scan themselves
        return new StoryCatalog(new StoryLoader(), new StoryAtlasProperties(null, dir, Duration.ofHours(1)));
    }

    private List<String> problems() {
        return catalog.failures().stream().flatMap(failure -> failure.problems().stream()).map(StoryProblem::toString).toList();
    }

    private static void mkfifo(Path path) throws Exception {
        Process process = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertThat(process.waitFor()).as("mkfifo " + path).isZero();
    }

    private static String bridge(String id) throws IOException {
        return fixture("bridge.yaml").replaceFirst("(?m)^id: bridge$", "id: " + id);
    }

    private static String fixture(String name) throws IOException {
        return new ClassPathResource("fixtures/" + name).getContentAsString(StandardCharsets.UTF_8);
    }
}
