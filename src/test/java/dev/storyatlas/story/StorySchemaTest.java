package dev.storyatlas.story;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The published JSON Schema, schema/story.schema.json, agrees with the loader on good and broken files. */
class StorySchemaTest {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static Schema schema;

    @BeforeAll
    static void readSchema() throws IOException {
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(Path.of("schema/story.schema.json")));
    }

    @Test
    void the_built_in_story_is_valid_against_the_schema() throws IOException {
        assertThat(errorsOf("stories/taz-2024-10-nordkorea-soldaten.yaml")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fixtures/bridge.yaml", "fixtures/ferry.yaml", "stories-dir/html-in-texts.yaml"})
    void stories_the_loader_accepts_are_valid_against_the_schema(String file) throws IOException {
        new StoryLoader().load(new ClassPathResource(file));

        assertThat(errorsOf(file)).isEmpty();
    }

    @ParameterizedTest(name = "{0} at {1}")
    // locations are JSON Pointers into the file; (root) is the story itself
    @CsvSource(delimiter = '|', textBlock = """
            missing-title.yaml                 | (root)
            misspelt-top-field.yaml            | (root)
            misspelt-field.yaml                | /incidents/0
            missing-places.yaml                | (root)
            wrong-type-lat.yaml                | /places/0/lat
            wrong-type-places.yaml             | /places
            wrong-type-paragraph.yaml          | /incidents/0/citation/paragraph
            unknown-place-kind.yaml            | /places/0/kind
            bad-published-month.yaml           | /published
            lat-out-of-range.yaml              | /places/0/lat
            lon-out-of-range.yaml              | /places/0/lon
            lat-lon-swapped.yaml               | /places/0/lat
            missing-lat.yaml                   | /places/0
            bad-id-syntax.yaml                 | /id
            article-path-escape.yaml           | /article
            implied-place-without-note.yaml    | /places/0
            state-basis-without-note.yaml      | /incidents/0/places/0
            resolved-date-without-source.yaml  | /incidents/0/when
            missing-claim.yaml                 | /incidents/0
            missing-quote-citation.yaml        | /quotes/0
            top-level-list.yaml                | (root)
            without-place-and-places.yaml      | /incidents/1/places
            item-without-any-place.yaml        | /incidents/1
            """)
    void the_schema_rejects_a_broken_file_at_the_field_at_fault(String file, String location) throws IOException {
        List<Error> errors = errorsOf("malformed/" + file);

        assertThat(errors).isNotEmpty();
        String pointer = location.equals("(root)") ? "" : location;
        assertThat(errors).extracting(error -> error.getInstanceLocation().toString()).contains(pointer);
    }

    private static List<Error> errorsOf(String resource) throws IOException {
        JsonNode story = YAML.readTree(new ClassPathResource(resource).getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        return schema.validate(story);
    }
}
