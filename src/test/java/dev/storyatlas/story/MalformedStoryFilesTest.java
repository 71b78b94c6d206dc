package dev.storyatlas.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ClassPathResource;

/**
 * Every file in {@code malformed/} is refused with exactly the problems {@code malformed/expectations.txt}
 * lists for it: file, line, column, field and message.
 */
class MalformedStoryFilesTest {

    private static final String PREFIX_MARK = "…";

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void a_malformed_file_is_refused_with_each_problem_at_its_place(String file, List<String> expected) throws IOException {
        StoryFileException e = catchThrowableOfType(StoryFileException.class,
                () -> new StoryLoader().load(new ClassPathResource("malformed/" + file)));

        assertThat(e).as(file + " should be refused").isNotNull();
        List<String> unmatched = new ArrayList<>(e.problems().stream().map(StoryProblem::toString).toList());
        assertThat(unmatched).as("problems of " + file).hasSameSizeAs(expected);
        // one problem for each expected line: a repeated problem cannot stand in for a missing one
        for (String want : expected) {
            String match = unmatched.stream().filter(problem -> matches(problem, want)).findFirst().orElse(null);
            assertThat(match).as("problem of " + file + " matching: " + want + "; left: " + unmatched).isNotNull();
            unmatched.remove(match);
        }
    }

    private static boolean matches(String problem, String want) {
        return want.endsWith(PREFIX_MARK)
                ? problem.startsWith(want.substring(0, want.length() - PREFIX_MARK.length()))
                : problem.equals(want);
    }

    @Test
    void every_malformed_file_has_expectations_and_there_are_at_least_thirty() throws IOException, URISyntaxException {
        Path folder = Path.of(new ClassPathResource("malformed").getURL().toURI());
        List<String> files;
        try (Stream<Path> entries = Files.list(folder)) {
            files = entries.map(p -> p.getFileName().toString()).filter(name -> name.endsWith(".yaml")).sorted().toList();
        }

        assertThat(files).hasSizeGreaterThanOrEqualTo(30);
        assertThat(read().keySet()).containsExactlyInAnyOrderElementsOf(files);
    }

    static Stream<Arguments> expectations() throws IOException {
        return read().entrySet().stream().map(entry -> Arguments.of(entry.getKey(), entry.getValue()));
    }

    private static Map<String, List<String>> read() throws IOException {
        Map<String, List<String>> byFile = new LinkedHashMap<>();
        new ClassPathResource("malformed/expectations.txt").getContentAsString(StandardCharsets.UTF_8).lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .forEach(line -> {
                    int bar = line.indexOf(" | ");
                    byFile.computeIfAbsent(line.substring(0, bar), file -> new java.util.ArrayList<>()).add(line.substring(bar + 3));
                });
        return byFile;
    }
}
