package dev.storyatlas.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storyatlas.story.StoryCatalog;
import dev.storyatlas.studio.draft.DraftFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.Mockito;

/** Saving into a real stories directory: atomic files, no silent replacing, a history to restore from. */
class StudioStoriesTest {

    @TempDir
    Path dir;

    private final StoryCatalog catalog = Mockito.mock(StoryCatalog.class);
    private final MovingClock clock = new MovingClock();

    private StudioStories stories() {
        Mockito.when(catalog.directory()).thenReturn(Optional.of(dir));
        Mockito.when(catalog.find(Mockito.anyString())).thenReturn(Optional.empty());
        return new StudioStories(catalog, clock);
    }

    private static DraftFiles files(String yaml, String article) {
        return new DraftFiles("ferry.yaml", yaml, "ferry.article.txt", article);
    }

    @Test
    void a_new_story_is_written_with_its_article_and_no_temporary_file_is_left() throws Exception {
        stories().save(files("id: ferry\n", "Text.\n"), "ferry", false);

        assertThat(Files.readString(dir.resolve("ferry.yaml"))).isEqualTo("id: ferry\n");
        assertThat(Files.readString(dir.resolve("ferry.article.txt"))).isEqualTo("Text.\n");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("ferry.yaml", "ferry.article.txt");
        }
    }

    @Test
    void an_existing_story_is_never_replaced_without_the_editors_confirmation() throws Exception {
        StudioStories stories = stories();
        stories.save(files("id: ferry\n# first\n", "First.\n"), "ferry", false);

        assertThatThrownBy(() -> stories.save(files("id: ferry\n# second\n", "Second.\n"), "ferry", false))
                .isInstanceOfSatisfying(StudioException.class, refused -> {
                    assertThat(refused.key()).isEqualTo("studio.save.exists");
                    assertThat(refused.arguments()).containsExactly("ferry");
                });
        assertThat(Files.readString(dir.resolve("ferry.yaml"))).contains("# first");
    }

    @Test
    void a_replaced_story_keeps_its_previous_files_in_the_history_from_where_they_can_be_restored() throws Exception {
        StudioStories stories = stories();
        stories.save(files("id: ferry\n# first\n", "First.\n"), "ferry", false);
        stories.save(files("id: ferry\n# second\n", "Second.\n"), "ferry", true);

        assertThat(stories.versions("ferry")).containsExactly("20241021T080000.000Z");
        assertThat(Files.readString(dir.resolve(".history/ferry/20241021T080000.000Z.yaml"))).contains("# first");
        assertThat(Files.readString(dir.resolve("ferry.yaml"))).contains("# second");

        stories.restore("ferry", "20241021T080000.000Z");

        assertThat(Files.readString(dir.resolve("ferry.yaml"))).contains("# first");
        assertThat(Files.readString(dir.resolve("ferry.article.txt"))).isEqualTo("First.\n");
        assertThat(stories.versions("ferry")).containsExactly("20241021T080001.000Z", "20241021T080000.000Z");
    }

    @Test
    void a_story_that_ships_with_the_app_is_never_replaced() {
        StudioStories stories = stories();
        Mockito.when(catalog.find("taz")).thenReturn(Optional.of(Mockito.mock(dev.storyatlas.story.Story.class)));

        assertThatThrownBy(() -> stories.save(files("id: taz\n", "Text.\n"), "taz", true)).isInstanceOfSatisfying(StudioException.class, refused -> {
                    assertThat(refused.key()).isEqualTo("studio.save.built-in");
                    assertThat(refused.arguments()).containsExactly("taz");
                });
        assertThat(dir.resolve("ferry.yaml")).doesNotExist();
    }

    /** A clock that moves on by a second each time it is read, as saves come one after another. */
    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2024-10-21T08:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            Instant read = now;
            now = now.plusSeconds(1);
            return read;
        }
    }
}
