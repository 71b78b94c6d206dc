package dev.storyatlas.map;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;
import dev.storyatlas.story.Place;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import software.xdev.vaadin.maps.leaflet.flow.LMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * The map of a story's places. It owns the Leaflet add-on and every line of JavaScript that drives
 * it; callers speak of places. Pin data goes to the browser as a JSON string parameter, never
 * pasted into script, and the browser writes names with textContent.
 */
@JsModule("./story-map.ts")
public class StoryMap extends Div {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final LMap map = new LMap();
    private Set<String> shownPlaceIds = Set.of();

    public StoryMap() {
        addClassName("sa-map");
        map.addClassName("sa-map__leaflet");
        add(map);
    }

    /** Shows one pin per place, named in the given language, and fits them into view. */
    public void showPlaces(List<Place> places, Locale locale) {
        shownPlaceIds = places.stream().map(Place::id).collect(Collectors.toUnmodifiableSet());
        List<PinData> pins = places.stream()
                .map(p -> new PinData(p.id(), p.name(locale), p.lat(), p.lon()))
                .toList();
        getElement().executeJs("window.storyAtlasMap.showPins(this, $0, $1)", map.getElement(), JSON.writeValueAsString(pins));
    }

    /** Marks the place's pin as the chosen one; null marks none. */
    public void select(@Nullable String placeId) {
        getElement().executeJs("window.storyAtlasMap.select(this, $0)", placeId);
    }

    /** The ids of the places that have a pin now. */
    public Set<String> shownPlaceIds() {
        return shownPlaceIds;
    }

    /** Listens for a reader choosing a pin. */
    public Registration addPinClickListener(ComponentEventListener<PinClickEvent> listener) {
        return addListener(PinClickEvent.class, listener);
    }

    @ClientCallable
    void pinClicked(String placeId) {
        if (shownPlaceIds.contains(placeId)) {
            fireEvent(new PinClickEvent(this, true, placeId));
        }
    }

    /** What the browser needs of a pin. */
    private record PinData(String id, String name, double lat, double lon) {
    }

    /** A reader chose a place's pin on the map. */
    public static class PinClickEvent extends ComponentEvent<StoryMap> {
        private final String placeId;

        PinClickEvent(StoryMap source, boolean fromClient, String placeId) {
            super(source, fromClient);
            this.placeId = placeId;
        }

        public String placeId() {
            return placeId;
        }
    }
}
