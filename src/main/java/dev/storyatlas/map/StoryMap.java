package dev.storyatlas.map;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.shared.Registration;
import dev.storyatlas.story.Link;
import dev.storyatlas.story.Place;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import software.xdev.vaadin.maps.leaflet.flow.LMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * The map of a story's places. It owns the Leaflet add-on and every line of JavaScript that drives
 * it; callers speak of places. Data goes to the browser as parameters (pins as a JSON string), never
 * pasted into script, and the browser writes names with textContent. The basemap is drawn from data
 * the app ships; configured raster tiles from another origin load only after the reader agrees.
 */
@JsModule("./story-map.ts")
@NpmPackage(value = "world-atlas", version = "2.0.2")
@NpmPackage(value = "topojson-client", version = "3.1.0")
@NpmPackage(value = "@types/topojson-client", version = "3.1.5")
@NpmPackage(value = "i18n-iso-countries", version = "7.14.0")
public class StoryMap extends Div {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The translation of a pin's announced label: the place name and its number of items. */
    static final String PIN_LABEL = "places.entry";

    private final LMap map = new LMap();
    private final MapProperties.Tiles tiles;
    private Set<String> shownPlaceIds = Set.of();
    private Set<String> shownLinkIds = Set.of();
    // What the browser was last sent: choosing a pin re-renders the explorer, but the pins and lines stay
    // as they are, so they are not sent (and redrawn) again. The texts are the shared rendering's, not copies.
    private String sentPins = "";
    private String sentLinks = "";

    public StoryMap(MapProperties.Tiles tiles) {
        this.tiles = tiles;
        addClassName("sa-map");
        map.addClassName("sa-map__leaflet");
        add(map);
        getElement().executeJs("window.storyAtlasMap.init(this, $0, $1)", map.getElement(), getLocale().getLanguage());
        if (tiles.sameOrigin()) {
            showTiles();
        } else if (tiles.configured()) {
            Button consent = new Button(getTranslation("map.tiles-consent", tiles.host().orElse("?")));
            consent.addClassName("sa-map__consent");
            consent.setId("tile-consent");
            consent.addClickListener(e -> {
                remove(consent);
                showTiles();
            });
            add(consent);
        }
    }

    /** One pin per place, named in the texts' language with its number of items, as the JSON the browser draws them from. */
    static String pins(List<Place> places, ToIntFunction<Place> itemCount, Texts texts) {
        return JSON.writeValueAsString(pinData(places, itemCount, texts));
    }

    /** Shows the places' pins, as {@link #pins} makes them, and fits them into view; pins the browser has already are not sent again. */
    public void showPlaces(List<Place> places, String pins) {
        shownPlaceIds = places.stream().map(Place::id).collect(Collectors.toUnmodifiableSet());
        if (!pins.equals(sentPins)) {
            sentPins = pins;
            getElement().executeJs("window.storyAtlasMap.showPins(this, $0)", pins);
        }
    }

    /** The pins of these places as the browser draws them: the name in the texts' language, and a label with the number of items. */
    static List<PinData> pinData(List<Place> places, ToIntFunction<Place> itemCount, Texts texts) {
        return places.stream()
                .map(p -> {
                    String name = p.name(texts.locale());
                    return new PinData(p.id(), name, texts.get(PIN_LABEL, name, itemCount.applyAsInt(p)), p.lat(), p.lon());
                })
                .toList();
    }

    /**
     * The links as great-circle arcs styled by kind, arrows on directed ones, each named for assistive technology:
     * as the JSON the browser draws them from. {@code place} finds a link's ends by id.
     */
    static String lines(List<Link> links, Function<String, Place> place, Function<Link, String> name) {
        List<LinkData> data = new ArrayList<>();
        for (Link link : links) {
            Place from = place.apply(link.from());
            Place to = place.apply(link.to());
            long before = data.stream().filter(d -> d.samePair(link)).count();
            data.add(new LinkData(link.id(), link.from(), link.to(), link.kind().wireName(),
                    link.kind().directed(), name.apply(link), from.lat(), from.lon(), to.lat(), to.lon(), (int) before));
        }
        return JSON.writeValueAsString(data);
    }

    /** Shows the links' lines, as {@link #lines} makes them; lines the browser has already are not sent again. */
    public void showLinks(List<Link> links, String lines) {
        shownLinkIds = links.stream().map(Link::id).collect(Collectors.toUnmodifiableSet());
        if (!lines.equals(sentLinks)) {
            sentLinks = lines;
            getElement().executeJs("window.storyAtlasMap.showLinks(this, $0)", lines);
        }
    }

    /** Marks the chosen place's pin and the chosen link; null marks none. */
    public void select(@Nullable String placeId, @Nullable String linkId) {
        getElement().executeJs("window.storyAtlasMap.select(this, $0, $1)", placeId, linkId);
    }

    /** Moves keyboard focus to the place's pin. */
    public void focusPin(String placeId) {
        getElement().executeJs("window.storyAtlasMap.focusPin(this, $0)", placeId);
    }

    /** Moves keyboard focus to the link's line. */
    public void focusLink(String linkId) {
        getElement().executeJs("window.storyAtlasMap.focusLink(this, $0)", linkId);
    }

    /** The ids of the places that have a pin now. */
    public Set<String> shownPlaceIds() {
        return shownPlaceIds;
    }

    /** Listens for a reader choosing a pin or a line, by pointer or keyboard. */
    public Registration addChoiceListener(ComponentEventListener<ChoiceEvent> listener) {
        return addListener(ChoiceEvent.class, listener);
    }

    @ClientCallable
    void pinChosen(String placeId, boolean byKeyboard) {
        if (shownPlaceIds.contains(placeId)) {
            fireEvent(new ChoiceEvent(this, placeId, false, byKeyboard));
        }
    }

    @ClientCallable
    void linkChosen(String linkId, boolean byKeyboard) {
        if (shownLinkIds.contains(linkId)) {
            fireEvent(new ChoiceEvent(this, linkId, true, byKeyboard));
        }
    }

    @ClientCallable
    void tilesFailed() {
        Notification.show(getTranslation("map.tiles-failed"), 6000, Notification.Position.BOTTOM_START);
    }


    private void showTiles() {
        getElement().executeJs("window.storyAtlasMap.showTiles(this, $0, $1, $2)",
                tiles.urlTemplate(), tiles.attribution(), tiles.maxZoom());
    }

    /** What the browser needs of a pin: the visible name and the announced label. */
    record PinData(String id, String name, String label, double lat, double lon) {
    }

    /** What the browser needs of a link; {@code parallel} counts earlier links between the same two places. */
    private record LinkData(String id, String from, String to, String kind, boolean directed, String label,
            double fromLat, double fromLon, double toLat, double toLon, int parallel) {

        boolean samePair(Link link) {
            return from.equals(link.from()) && to.equals(link.to()) || from.equals(link.to()) && to.equals(link.from());
        }
    }

    /** A reader chose a place's pin or a link's line on the map. */
    public static class ChoiceEvent extends ComponentEvent<StoryMap> {
        private final String id;
        private final boolean link;
        private final boolean byKeyboard;

        ChoiceEvent(StoryMap source, String id, boolean link, boolean byKeyboard) {
            super(source, true);
            this.id = id;
            this.link = link;
            this.byKeyboard = byKeyboard;
        }

        /** The id of the chosen place or link. */
        public String id() {
            return id;
        }

        /** Whether a link's line was chosen rather than a pin. */
        public boolean isLink() {
            return link;
        }

        /** Whether the reader used the keyboard, so focus should follow into the panel. */
        public boolean byKeyboard() {
            return byKeyboard;
        }
    }
}
