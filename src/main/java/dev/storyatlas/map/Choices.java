package dev.storyatlas.map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A list of buttons the browser draws from one JSON property ({@code frontend/choice-list.ts}): the
 * server keeps a single element for the heading and however many entries there are, where one
 * component per button used to be most of what an open reader costs in server memory. Entry texts
 * are data; the browser writes them as text.
 */
@Tag(Choices.TAG)
@JsModule("./choice-list.ts")
final class Choices extends Component {

    /** The element's tag; frontend/names.ts has it as CHOICES_TAG. */
    static final String TAG = "sa-choices";
    /** The event a chosen entry (or pin, or line) raises; CHOOSE_EVENT in frontend/names.ts. */
    static final String CHOOSE_EVENT = "sa-choose";

    private List<String> ids = List.of();

    /**
     * @param heading    the list's heading, shown above it with the id {@code headingId}
     * @param entryClass the class names of each button
     * @param entryKey   the button's data attribute that holds the entry id ({@code place} for {@code data-place})
     * @param pressed    whether entries are toggles ({@code aria-pressed}) rather than the current one ({@code aria-current})
     */
    Choices(String heading, String headingId, String entryClass, String entryKey, boolean pressed, Consumer<String> onChoice) {
        getElement().setAttribute("heading", heading);
        getElement().setAttribute("heading-id", headingId);
        getElement().setAttribute("entry-class", entryClass);
        getElement().setAttribute("entry-key", entryKey);
        getElement().setAttribute("mark", pressed ? "aria-pressed" : "aria-current");
        getElement().addEventListener(CHOOSE_EVENT, event -> {
            // the browser may send anything: only an entry that is listed counts
            JsonNode id = event.getEventData().path("event.detail.id");
            if (id.isString() && ids.contains(id.asString())) {
                onChoice.accept(id.asString());
            }
        }).addEventData("event.detail.id");
    }

    /** Replaces the entries with a listing, perhaps one many readers are shown. */
    void show(Listing listing) {
        ids = listing.ids();
        getElement().setProperty("entries", listing.json());
    }

    /** Puts keyboard focus on the entry with the id, if it is listed. */
    void focus(String id) {
        if (ids.contains(id)) {
            getElement().callJsFunction("focusEntry", id);
        }
    }

    /**
     * One button: its id, its text and whether it is on (the current place or link, a chosen day);
     * {@code kind} and {@code kindName} put a link's swatch and kind before the text.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Entry(String id, String text, boolean on, @Nullable String kind, @Nullable String kindName) {

        Entry(String id, String text, boolean on) {
            this(id, text, on, null, null);
        }

        Entry on(boolean isOn) {
            return isOn == on ? this : new Entry(id, text, isOn, kind, kindName);
        }
    }

    /**
     * Entries with their ids and the JSON the browser draws them from, written by {@code mapper} (see
     * {@link dev.storyatlas.platform.AsciiJson}), made once: readers who are shown the same list share one listing.
     */
    record Listing(List<Entry> entries, List<String> ids, String json, JsonMapper mapper) {

        static Listing of(List<Entry> entries, JsonMapper mapper) {
            return new Listing(List.copyOf(entries), entries.stream().map(Entry::id).toList(), mapper.writeValueAsString(entries), mapper);
        }

        /** The same entries with only the one with this id on (none for null): this listing when that is what it says already. */
        Listing marking(@Nullable String id) {
            if (entries.stream().allMatch(entry -> entry.on() == entry.id().equals(id))) {
                return this;
            }
            return of(entries.stream().map(entry -> entry.on(entry.id().equals(id))).toList(), mapper);
        }
    }
}
