package dev.storyatlas.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code ./atlas check}: the exit code a CI acts on and problems in the form editors understand. */
class StoryCheckTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void good_files_pass_with_exit_code_zero() {
        int exit = check("src/main/resources/stories/taz-2024-10-nordkorea-soldaten.yaml", "src/test/resources/fixtures/bridge.yaml");

        assertThat(exit).isZero();
        assertThat(text(err)).isEmpty();
        assertThat(text(out)).contains("fixtures/bridge.yaml: ok, story 'bridge'", "2 story files checked, 0 with problems");
    }

    @Test
    void a_directory_with_a_broken_file_fails_with_every_problem_at_its_path_line_and_column() {
        int exit = check("src/test/resources/stories-dir");

        assertThat(exit).isEqualTo(1);
        assertThat(text(err).lines()).containsExactly(
                "src/test/resources/stories-dir/broken-bridge.yaml:2:1: titel: unknown field 'titel'",
                "src/test/resources/stories-dir/broken-bridge.yaml:1:1: title: is required");
        assertThat(text(out)).contains("3 story files checked, 1 with problems");
    }

    @Test
    void two_files_with_one_id_fail_as_they_would_in_one_stories_directory() {
        int exit = check("src/test/resources/fixtures/bridge.yaml", "src/test/resources/stories-dir/bridge.yaml");

        assertThat(exit).isEqualTo(1);
        assertThat(text(err).strip()).isEqualTo("src/test/resources/stories-dir/bridge.yaml:1:1: id: another story already has the id 'bridge'");
    }

    @Test
    void no_arguments_is_a_usage_error() {
        assertThat(check()).isEqualTo(2);
        assertThat(text(err)).startsWith("usage: ./atlas check");
    }

    private int check(String... args) {
        return StoryCheck.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
