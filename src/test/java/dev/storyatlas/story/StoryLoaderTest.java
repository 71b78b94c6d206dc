package dev.storyatlas.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;

class StoryLoaderTest {

    private static final String ARTICLE = """
            Erster Absatz: In Bergstadt wurde am Montag eine Brücke eröffnet.

            Zweiter Absatz. „Ein guter Tag“, sagte die Bürgermeisterin.
            """;

    private static final String VALID = """
            id: bridge
            title: Eine Brücke
            publisher: Testblatt
            published: 2024-05
            language: de
            article: bridge.txt
            places:
              - id: bergstadt
                name: { de: Bergstadt, en: Mountain Town }
                lat: 47.5
                lon: 11.2
                kind: city
            actors:
              - { id: town, name: Bergstadt, kind: institution }
              - { id: mayor, name: Bürgermeisterin, kind: person, memberOf: [town] }
            incidents:
              - id: opening
                places: [{ place: bergstadt, basis: named }]
                when: { wording: am Montag }
                actors: [town]
                summary: Eine Brücke wurde eröffnet.
                claim: { by: [], how: reported }
                citation: { paragraph: 1, excerpt: In Bergstadt wurde am Montag eine Brücke eröffnet. }
            quotes:
              - id: good-day
                speaker: mayor
                places: [{ place: bergstadt, basis: named }]
                speech: direct
                text: Ein guter Tag
                citation: { paragraph: 2, excerpt: "„Ein guter Tag“, sagte die Bürgermeisterin." }
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void writeArticle() throws IOException {
        Files.writeString(dir.resolve("bridge.txt"), ARTICLE);
    }

    @Test
    void a_valid_story_loads_with_its_article_split_into_paragraphs() throws IOException {
        Story story = load(VALID);

        assertThat(story.article().paragraphs()).hasSize(2);
        assertThat(story.items()).extracting(StoryItem::id).containsExactly("opening", "good-day");
        assertThat(story.itemsInvolving(java.util.Set.of("town"))).extracting(StoryItem::id).containsExactly("opening", "good-day");
    }

    @Test
    void a_syntax_error_names_the_file_line_and_column() {
        List<StoryProblem> problems = problemsOf(VALID.replace("title: Eine Brücke", "title: [Eine Brücke"));

        assertThat(problems).hasSize(1);
        assertThat(problems.getFirst().file()).isEqualTo("story.yaml");
        assertThat(problems.getFirst().line()).isEqualTo(2);
        assertThat(problems.getFirst().column()).isPositive();
    }

    @Test
    void a_misspelt_field_is_named_with_its_line_and_the_missing_one_too() {
        List<StoryProblem> problems = problemsOf(VALID.replace("    summary: Eine", "    sumary: Eine"));

        assertThat(problems).extracting(StoryProblem::toString).containsExactly(
                "story.yaml:21:5: incidents[0].sumary: unknown field 'sumary'",
                "story.yaml:17:5: incidents[0].summary: is required");
    }

    @Test
    void every_problem_of_a_file_is_reported_at_once() {
        String broken = VALID
                .replace("place: bergstadt, basis: named }]\n    when", "place: atlantis, basis: named }]\n    when")
                .replace("excerpt: In Bergstadt wurde", "excerpt: In Talstadt wurde")
                .replace("memberOf: [town]", "memberOf: [nobody]");

        assertThat(problemsOf(broken)).extracting(StoryProblem::toString).containsExactlyInAnyOrder(
                "story.yaml:15:66: actors[1].memberOf[0]: unknown actor 'nobody'",
                "story.yaml:18:16: incidents[0].places[0].place: unknown place 'atlantis'",
                "story.yaml:23:31: incidents[0].citation.excerpt: does not stand verbatim in paragraph 1 of bridge.txt");
    }

    @Test
    void swapped_coordinates_are_out_of_range_with_a_hint() {
        String swapped = VALID.replace("lat: 47.5", "lat: 126.9").replace("lon: 11.2", "lon: 37.5");

        assertThat(problemsOf(swapped)).extracting(StoryProblem::toString)
                .containsExactly("story.yaml:10:5: places[0].lat: latitude 126.9 is outside -90..90 (are lat and lon swapped?)");
    }

    @Test
    void a_cycle_in_membership_is_reported() {
        String cycle = VALID.replace("{ id: town, name: Bergstadt, kind: institution }",
                "{ id: town, name: Bergstadt, kind: institution, memberOf: [mayor] }");

        assertThat(problemsOf(cycle)).extracting(StoryProblem::message)
                .contains("'town' belongs to itself through its memberships (a cycle)", "'mayor' belongs to itself through its memberships (a cycle)");
    }

    @Test
    void a_quote_must_stand_in_its_excerpt_and_a_wording_in_its_passage() {
        String broken = VALID.replace("text: Ein guter Tag", "text: Ein schöner Tag").replace("wording: am Montag", "wording: am Dienstag");

        assertThat(problemsOf(broken)).extracting(StoryProblem::field)
                .containsExactlyInAnyOrder("quotes[0].text", "incidents[0].when.wording");
    }

    @Test
    void a_file_that_is_not_utf8_is_refused_by_name() throws IOException {
        Path file = dir.resolve("story.yaml");
        Files.write(file, VALID.getBytes(StandardCharsets.ISO_8859_1));

        StoryFileException e = catchThrowableOfType(StoryFileException.class, () -> new StoryLoader().load(new FileSystemResource(file)));

        assertThat(e.problems()).extracting(StoryProblem::toString).containsExactly("story.yaml: cannot be read: not valid UTF-8 text");
    }

    @Test
    void an_article_outside_the_story_folder_is_refused() {
        assertThatThrownBy(() -> load(VALID.replace("article: bridge.txt", "article: ../secret.txt")))
                .isInstanceOf(StoryFileException.class)
                .hasMessageContaining("article")
                .hasMessageContaining("must be a plain file name");
    }

    @Test
    void an_empty_file_is_refused() {
        assertThat(problemsOf("")).extracting(StoryProblem::toString).containsExactly("story.yaml: the file is empty");
    }

    @Test
    void an_alias_is_refused_where_it_stands_rather_than_read_as_its_anchors_name() {
        String aliased = VALID.replace("title: Eine Brücke", "title: &t Eine Brücke").replace("publisher: Testblatt", "publisher: *t");

        assertThat(problemsOf(aliased)).extracting(StoryProblem::toString).containsExactly(
                "story.yaml:3:12: YAML aliases (*name) are not supported in story files; write the value out");
    }

    @Test
    void a_billion_laughs_is_refused_without_expanding_anything() {
        StringBuilder bomb = new StringBuilder(VALID).append("laughs:\n  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char level = 'b'; level <= 'z'; level++) {
            char previous = (char) (level - 1);
            bomb.append("  ").append(level).append(": &").append(level).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, "*" + previous))).append("]\n");
        }

        assertThat(problemsOf(bomb.toString())).extracting(StoryProblem::toString).containsExactly(
                "story.yaml:33:10: YAML aliases (*name) are not supported in story files; write the value out");
    }

    @Test
    void nesting_deeper_than_any_story_needs_is_refused_where_it_gets_too_deep() {
        String deep = VALID.replace("title: Eine Brücke", "title: " + "[".repeat(100_000) + "]".repeat(100_000));

        assertThat(problemsOf(deep)).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.message()).isEqualTo("nested deeper than the " + StoryLoader.MAX_DEPTH + " levels a story file may have");
        });
    }

    private Story load(String yaml) throws IOException {
        Path file = dir.resolve("story.yaml");
        Files.writeString(file, yaml);
        return new StoryLoader().load(new FileSystemResource(file));
    }

    private List<StoryProblem> problemsOf(String yaml) {
        StoryFileException e = catchThrowableOfType(StoryFileException.class, () -> load(yaml));
        assertThat(e).as("the story should be refused").isNotNull();
        return e.problems();
    }
}
