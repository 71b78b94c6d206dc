package dev.storyatlas.embed;

import com.vaadin.flow.component.WebComponentExporter;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.webcomponent.WebComponent;
import dev.storyatlas.map.MapState;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exports the map as the custom element {@code <story-atlas-map story place actor lang>} for other
 * sites' pages (README, "Embedding"). It fires {@code story-atlas-change} when the reader opens a
 * place or changes the filter.
 */
// Leaflet's own style sheet is imported globally by the add-on; the element's shadow root needs its own copy.
@CssImport("leaflet/dist/leaflet.css")
// what the element shows in a browser that drops our cookie, where the view cannot come
@JsModule("./element-without-cookie.ts")
public class StoryAtlasMapExporter extends WebComponentExporter<EmbeddedMap> {

    /** The element's name; frontend/names.ts has it as ELEMENT_TAG. */
    static final String TAG = "story-atlas-map";
    static final String CHANGE_EVENT = "story-atlas-change";
    /** The attribute naming the story; the others are the URL's parameters ({@link MapState#PARAMETERS}). */
    static final String STORY = "story";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public StoryAtlasMapExporter() {
        super(TAG);
        addProperty(STORY, "").onChange(EmbeddedMap::setStoryId);
        for (String name : MapState.PARAMETERS) {
            addProperty(name, "").onChange((map, value) -> map.setStateAttribute(name, value));
        }
    }

    @Override
    protected void configureInstance(WebComponent<EmbeddedMap> webComponent, EmbeddedMap map) {
        map.onStateChange(state -> webComponent.fireEvent(CHANGE_EVENT, detail(map, state)));
    }

    private static ObjectNode detail(EmbeddedMap map, MapState state) {
        ObjectNode detail = JSON.createObjectNode();
        detail.put(STORY, map.storyId());
        detail.put(MapState.PLACE, state.place());
        detail.put(MapState.LINK, state.link());
        detail.put(MapState.FROM, state.from());
        detail.put(MapState.TO, state.to());
        state.actors().stream().sorted().forEach(detail.putArray(MapState.ACTOR)::add);
        detail.put(MapState.LANG, map.language());
        return detail;
    }
}
