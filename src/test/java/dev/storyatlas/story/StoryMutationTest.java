package dev.storyatlas.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;

/**
 * The built-in story broken at random ({@link StoryMutations}): every case ends as a valid story or as
 * problems located in the file, never as an exception, and a stories directory fed with such files
 * goes on reloading. {@code -Dmutation.cases=100000} runs more cases, {@code -Dmutation.seed=N} repeats
 * a run (case i uses seed N + i, so a failing case reruns alone with its own seed and one case).
 */
class StoryMutationTest {

    private static final String BUILT_IN = "stories/taz-2024-10-nordkorea-soldaten.yaml";
    private static final String ARTICLE = "taz-2024-10-nordkorea-soldaten.article.txt";
    private static final int CASES = Integer.getInteger("mutation.cases", 2_000);
    // what a message says when it passes on Jackson's or Java's words instead of the story format's
    private static final java.util.regex.Pattern JAVA_WORDING = java.util.regex.Pattern.compile("java\\.|dev\\.storyatlas|jackson|Feature\\b|Constraints|JsonToken");
    private static final long SEED = Long.getLong("mutation.seed", ThreadLocalRandom.current().nextLong());

    @TempDir
    Path dir;

    private StoryMutations mutations;
    private @Nullable StoryCatalog catalog;

    @BeforeEach
    void putTheArticleInPlace() throws IOException {
        Files.writeString(dir.resolve(ARTICLE), read("stories/" + ARTICLE));
        mutations = new StoryMutations(read(BUILT_IN));
    }

    @AfterEach
    void closeCatalog() {
        if (catalog != null) {
            catalog.close();
        }
    }

    @Test
    void every_mutated_story_loads_as_a_valid_story_or_is_refused_with_located_problems() throws IOException {
        StoryLoader loader = new StoryLoader();
        String article = read("stories/" + ARTICLE);
        List<String> failures = new ArrayList<>();
        int valid = 0;
        int refused = 0;
        for (int i = 0; i < CASES && failures.size() < 5; i++) {
            long seed = SEED + i;
            List<String> changes = new ArrayList<>();
            String text = mutations.mutate(seed, changes);
            try {
                useAsTheViewsDo(loader.load(new InMemoryStory(text, article)));
                valid++;
            } catch (StoryFileException e) {
                refused++;
                String wrong = wrongIn(e.problems(), "story.yaml");
                if (wrong != null) {
                    failures.add(failure(seed, changes, wrong, text));
                }
            } catch (RuntimeException | Error e) {
                failures.add(failure(seed, changes, "escaped: " + e, text));
            }
        }

        assertThat(failures).as("base seed %d, %d cases", SEED, CASES).isEmpty();
        assertThat(refused).as("mutations that break the story").isPositive();
        assertThat(valid).as("mutations the story survives (dropped notes, swapped equal ids)").isPositive();
    }

    @Test
    void a_directory_fed_with_mutated_files_goes_on_reloading_and_serves_a_valid_file_added_afterwards() throws Exception {
        // an hour between scans: the test scans after each batch itself
        catalog = new StoryCatalog(new StoryLoader(), new StoryAtlasProperties(null, dir, Duration.ofHours(1)));
        List<String> failures = new ArrayList<>();
        for (int batch = 0; batch < 5; batch++) {
            for (int i = 0; i < 10; i++) {
                long seed = SEED + batch * 10L + i;
                Files.writeString(dir.resolve("mutated-" + seed + ".yaml"), mutations.mutate(seed, new ArrayList<>()));
            }
            assertThat(catalog.refresh()).as("batch %d read", batch).isTrue();
            for (StoryFailure failure : catalog.failures()) {
                String wrong = wrongIn(failure.problems(), failure.file());
                if (wrong != null) {
                    failures.add(failure.file() + " (rerun: -Dmutation.seed=<the number in the name> -Dmutation.cases=1): " + wrong);
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(catalog.failures()).as("files refused; the rest were valid copies of the built-in story's id").hasSizeGreaterThan(25);

        Files.writeString(dir.resolve("zz-bridge.yaml"), read("fixtures/bridge.yaml"));
        Files.writeString(dir.resolve("bridge.txt"), read("fixtures/bridge.txt"));
        catalog.refresh();

        assertThat(catalog.find("bridge")).as("the valid file added afterwards").isPresent();
    }

    /** What is wrong with the problems a refused file got, or null when each names the file and, where it names a field, its place. */
    private static @Nullable String wrongIn(List<StoryProblem> problems, String file) {
        if (problems.isEmpty()) {
            return "refused without a problem";
        }
        for (StoryProblem problem : problems) {
            if (!problem.file().equals(file) || problem.message().isBlank()) {
                return "problem without file or message: " + problem;
            }
            if (problem.message().contains("please report")) {
                return "the loader failed: " + problem;
            }
            if (JAVA_WORDING.matcher(problem.message()).find()) {
                return "worded in Java's terms, not the story format's: " + problem;
            }
            if (!problem.field().isEmpty() && problem.line() <= 0) {
                return "problem without line: " + problem;
            }
        }
        return null;
    }

    /** Everything the map and the API ask of a story, which a valid story must answer without failing. */
    private static void useAsTheViewsDo(Story story) {
        Set<String> actorIds = story.actors().stream().map(Actor::id).collect(Collectors.toSet());
        List<StoryItem> items = story.itemsInvolving(actorIds);
        story.placesOf(items).forEach(place -> {
            place.name(Locale.GERMAN).length();
            place.name(Locale.ENGLISH).length();
        });
        story.linksOf(items).forEach(link -> story.incident(link.incident()).orElseThrow());
        for (StoryItem item : story.items()) {
            story.article().paragraph(item.citation().paragraph()).length();
            item.places().forEach(ref -> story.place(ref.place()).orElseThrow());
            item.involvedActors().forEach(actor -> story.actor(actor).orElseThrow());
        }
        story.withMembers(actorIds);
    }

    private static String failure(long seed, List<String> changes, String what, String text) throws IOException {
        Path kept = Path.of("target", "mutation-failures", seed + ".yaml");
        Files.createDirectories(kept.getParent());
        Files.writeString(kept, text);
        return "seed " + seed + " (rerun: -Dmutation.seed=" + seed + " -Dmutation.cases=1; file kept as " + kept + "), "
                + changes + ": " + what;
    }

    /** A story file and its article in memory: thousands of cases cost no disk writes. */
    private static final class InMemoryStory extends ByteArrayResource {
        private final String article;

        InMemoryStory(String yaml, String article) {
            super(yaml.getBytes(StandardCharsets.UTF_8));
            this.article = article;
        }

        @Override
        public String getFilename() {
            return "story.yaml";
        }

        @Override
        public Resource createRelative(String relativePath) throws IOException {
            if (!relativePath.equals(ARTICLE)) {
                throw new java.io.FileNotFoundException(relativePath);
            }
            return new ByteArrayResource(article.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String read(String resource) throws IOException {
        return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
    }
}
