package dev.storyatlas.map;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.vaadin.flow.i18n.I18NProvider;
import dev.storyatlas.story.Story;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pins a story's map shows for a URL's state, as JSON for the bootstrap page, so the browser can
 * draw them before the server has built the view (frontend/first-map.ts). They are the shared
 * rendering's pins, the ones {@link StoryExplorer} will show for the same state; the text is data, and
 * every {@code <}, {@code >} and {@code &} is escaped so no story text can end the script element it sits in.
 */
@Component
public class FirstPins {

    /** The id of the data block in the page; frontend/names.ts has it as FIRST_PINS_ID. */
    public static final String ELEMENT_ID = "sa-first-pins";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Renderings renderings;
    private final I18NProvider translations;

    FirstPins(Renderings renderings, I18NProvider translations) {
        this.renderings = renderings;
        this.translations = translations;
    }

    /** The data block's JSON for the story in this state and language; empty when no place would be shown. */
    public Optional<String> json(Story story, MapState requested, Locale locale) {
        Rendering shown = renderings.of(story, locale, StoryExplorer.known(story, requested));
        if (shown.selection().places().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(scriptSafe(JSON.writeValueAsString(new Data(translations.getTranslation("map.label", locale), shown.pins()))));
    }

    /** What the data block holds: the map region's name and the pins, already JSON. */
    record Data(String label, @JsonRawValue String pins) {
    }

    /** JSON that means the same but holds no {@code <}, {@code >} or {@code &}, nor line separators JavaScript once disliked. */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
