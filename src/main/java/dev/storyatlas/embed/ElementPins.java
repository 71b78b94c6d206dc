package dev.storyatlas.embed;

import com.fasterxml.jackson.annotation.JsonRawValue;
import org.jspecify.annotations.Nullable;

/**
 * What a {@code <story-atlas-map>} element shows when the browser drops our cookie, so that Vaadin's view
 * cannot come ({@code frontend/element-without-cookie.ts} reads it, {@link ElementPinsController} answers it).
 *
 * @param note the line that says why a pin opens the full map in a new tab, in the element's language
 * @param map the full map's address for the element's story and state without an open place, relative to
 *        the app's root; the browser adds the chosen place
 * @param first the pins as the first map's data block has them ({@code FirstPins}), already JSON; null when
 *        no place would be shown
 */
record ElementPins(String note, String map, @JsonRawValue @Nullable String first) {

    /** The answer's path under the app's root, asked with the element's attributes; frontend/names.ts has it as ELEMENT_PINS_PATH. */
    static final String PATH = "first-pins";
}
