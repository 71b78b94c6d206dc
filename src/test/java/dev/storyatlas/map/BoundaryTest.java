package dev.storyatlas.map;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyatlas.embed.EmbedBoundary;
import dev.storyatlas.platform.HeldBackLumo;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The Java side and the browser side of the boundary agree: every record the server sends as JSON has the
 * fields of the TypeScript interface that reads it (optional there exactly where nullable here), and every
 * name both sides use has one value.
 */
class BoundaryTest {

    private static final Path FRONTEND = Path.of("frontend");
    private static final Pattern FIELD = Pattern.compile("^\\s*(\\w+)(\\??)\\s*:", Pattern.MULTILINE);
    private static final Pattern CONSTANT = Pattern.compile("^export const (\\w+) = '([^']*)';", Pattern.MULTILINE);

    @Test
    void the_records_sent_to_the_browser_have_the_fields_of_the_interfaces_that_read_them() throws IOException {
        assertAgree(StoryMap.PinData.class, "pins.ts", "Pin");
        assertAgree(StoryMap.LinkData.class, "links.ts", "LinkData");
        assertAgree(StoryMap.TileData.class, "story-map.ts", "Tiles");
        assertAgree(Countries.Label.class, "country-labels.ts", "CountryLabel");
        assertAgree(Choices.Entry.class, "choice-list.ts", "Entry");
        assertAgree(FirstPins.Data.class, "first-map.ts", "FirstPins");
        assertAgree(EmbedBoundary.elementPins(), "element-without-cookie.ts", "ElementPins");
        assertAgree(FirstPins.Answer.class, "first-answer.ts", "Answer");
        assertAgree(FirstPins.AnswerItem.class, "first-answer.ts", "AnswerItem");
    }

    @Test
    void the_names_both_sides_use_have_the_same_values() throws IOException {
        Map<String, String> java = new LinkedHashMap<>();
        java.put("CHOOSE_EVENT", Choices.CHOOSE_EVENT);
        java.put("TILES_FAILED_EVENT", StoryMap.TILES_FAILED_EVENT);
        java.put("FIRST_PINS_ID", FirstPins.ELEMENT_ID);
        java.put("HELD_STYLE_SHEET", HeldBackLumo.HELD_STYLE_SHEET);
        java.put("CHOICES_TAG", Choices.TAG);
        java.put("CONTROLS_TAG", ControlRow.TAG);
        java.put("STORY_MAP_TAG", StoryMap.TAG);
        java.put("PLACE_PARAMETER", MapState.PLACE);
        java.putAll(EmbedBoundary.names());

        Map<String, String> browser = new LinkedHashMap<>();
        Matcher constant = CONSTANT.matcher(Files.readString(FRONTEND.resolve("names.ts")));
        while (constant.find()) {
            browser.put(constant.group(1), constant.group(2));
        }

        assertThat(browser).isEqualTo(java);
    }

    @Test
    void a_record_without_one_of_the_interfaces_fields_does_not_agree() throws IOException {
        assertThat(record(PinWithoutLabel.class)).isNotEqualTo(interfaceFields("pins.ts", "Pin"));
    }

    private static void assertAgree(Class<? extends Record> type, String file, String name) throws IOException {
        assertThat(record(type)).as("%s against interface %s in %s", type.getSimpleName(), name, file)
                .isEqualTo(interfaceFields(file, name));
    }

    private record PinWithoutLabel(String id, String name, double lat, double lon) {
    }

    /** The record's components in order, each with whether it is nullable. */
    private static Map<String, Boolean> record(Class<? extends Record> type) {
        Map<String, Boolean> fields = new LinkedHashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            fields.put(component.getName(), component.getAnnotatedType().isAnnotationPresent(Nullable.class));
        }
        return fields;
    }

    /** The interface's fields in order, each with whether it is optional. */
    private static Map<String, Boolean> interfaceFields(String file, String name) throws IOException {
        String source = Files.readString(FRONTEND.resolve(file));
        Matcher body = Pattern.compile("interface " + name + " \\{([^}]*)}").matcher(source);
        assertThat(body.find()).as("interface %s in %s", name, file).isTrue();
        Map<String, Boolean> fields = new LinkedHashMap<>();
        Matcher field = FIELD.matcher(body.group(1));
        while (field.find()) {
            fields.put(field.group(1), !field.group(2).isEmpty());
        }
        assertThat(fields).as("fields of %s", name).isNotEmpty();
        return fields;
    }
}
