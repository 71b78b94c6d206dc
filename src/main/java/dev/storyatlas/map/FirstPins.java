package dev.storyatlas.map;

import com.vaadin.flow.i18n.I18NProvider;
import dev.storyatlas.story.Story;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pins a story's map shows for a URL's state, as JSON for the bootstrap page, so the browser can
 * draw them before the server has built the view (frontend/first-map.ts). The places, names and labels
 * are the ones {@link StoryExplorer} would show for the same state; the text is data, and every
 * {@code <}, {@code >} and {@code &} is escaped so no story text can end the script element it sits in.
 */
public final class FirstPins {

    /** The id of the data block in the page; frontend/first-map.ts reads it. */
    public static final String ELEMENT_ID = "sa-first-pins";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FirstPins() {
    }

    /** The data block's JSON for the story in this state and language; empty when no place would be shown. */
    public static Optional<String> json(Story story, MapState requested, Locale locale, I18NProvider translations) {
        MapSelection shown = MapSelection.of(story, StoryExplorer.known(story, requested));
        if (shown.places().isEmpty()) {
            return Optional.empty();
        }
        List<StoryMap.PinData> pins = StoryMap.pinData(shown.places(), shown.itemCount(), locale,
                (name, items) -> translations.getTranslation(StoryMap.PIN_LABEL, locale, name, items));
        Data data = new Data(translations.getTranslation("map.label", locale), pins);
        return Optional.of(scriptSafe(JSON.writeValueAsString(data)));
    }

    /** JSON that means the same but holds no {@code <}, {@code >} or {@code &}, nor line separators JavaScript once disliked. */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    private record Data(String label, List<StoryMap.PinData> pins) {
    }
}
