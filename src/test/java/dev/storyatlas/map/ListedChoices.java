package dev.storyatlas.map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the buttons the browser would draw for a {@link Choices} list from what the server sends it,
 * and presses one the way the browser reports it: the browserless tests' view of the side lists and the map.
 */
final class ListedChoices {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One button as the browser would draw it. */
    record Button(String id, String text, boolean on, String element) {
    }

    private ListedChoices() {
    }

    /** The buttons of the visible list whose buttons carry the class, e.g. {@code sa-places__button}. */
    static List<Button> of(String entryClass) {
        List<Button> buttons = new ArrayList<>();
        for (JsonNode entry : JSON.readTree(list(entryClass).getElement().getProperty("entries"))) {
            String kind = entry.path("kindName").isMissingNode() ? "" : entry.get("kindName").asString() + ": ";
            buttons.add(new Button(entry.get("id").asString(), kind + entry.get("text").asString(), entry.get("on").asBoolean(),
                    entry.toString()));
        }
        return buttons;
    }

    /** The ids of that list's buttons, in order. */
    static List<String> ids(String entryClass) {
        return of(entryClass).stream().map(Button::id).toList();
    }

    /** Presses the button with the id, as the browser reports a press (the server checks the id). */
    static void choose(String entryClass, String id) {
        ObjectNode data = JSON.createObjectNode().put("event.detail.id", id);
        BasicUtilsKt._fireDomEvent(list(entryClass), Choices.CHOOSE_EVENT, data);
    }

    /** Chooses a pin (or, with {@code link}, a line) on the map, as the browser reports a click there. */
    static void chooseOnMap(String id, boolean link) {
        ObjectNode data = JSON.createObjectNode().put("event.detail.id", id).put("event.detail.link", link)
                .put("event.detail.byKeyboard", false);
        BasicUtilsKt._fireDomEvent(_get(StoryMap.class), Choices.CHOOSE_EVENT, data);
    }

    private static Choices list(String entryClass) {
        return _find(Choices.class).stream()
                .filter(c -> c.getElement().getAttribute("entry-class").contains(entryClass))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no visible list of " + entryClass));
    }
}
