package dev.storyatlas.map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.shared.Registration;
import dev.storyatlas.story.Link;
import dev.storyatlas.story.Place;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import software.xdev.vaadin.maps.leaflet.flow.LMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The map of a story's places: the element {@code <sa-story-map>} ({@code frontend/story-map.ts}) around the
 * Leaflet add-on's map. It owns the add-on; callers speak of places. Data goes to the element as properties
 * (pins as a JSON string), choices come back as events, and the browser writes names with textContent. The
 * basemap is drawn from data the app ships; configured raster tiles from another origin load only after the
 * reader agrees.
 */
@Tag(StoryMap.TAG)
@JsModule("./story-map.ts")
@NpmPackage(value = "world-atlas", version = "2.0.2")
@NpmPackage(value = "topojson-client", version = "3.1.0")
@NpmPackage(value = "@types/topojson-client", version = "3.1.5")
@NpmPackage(value = "@types/leaflet", version = "1.9.22")
@NpmPackage(value = "@types/geojson", version = "7946.0.16")
public class StoryMap extends Component implements HasComponents, HasStyle {

    /** The element's tag; frontend/names.ts has it as STORY_MAP_TAG. */
    static final String TAG = "sa-story-map";
    /** The event the element raises when its tile server keeps failing; TILES_FAILED_EVENT in frontend/names.ts. */
    static final String TILES_FAILED_EVENT = "sa-tiles-failed";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The translation of a pin's announced label: the place name and its number of items. */
    static final String PIN_LABEL = "places.entry";

    private final LMap map = new LMap();
    private final MapProperties.Tiles tiles;
    private Set<String> shownPlaceIds = Set.of();
    private Set<String> shownLinkIds = Set.of();

    public StoryMap(MapProperties.Tiles tiles) {
        this.tiles = tiles;
        addClassName("sa-map");
        map.addClassName("sa-map__leaflet");
        add(map);
        // after the add-on's own set-up, which gives its element the Leaflet map
        getElement().callJsFunction("attach", map.getElement());
        getElement().addEventListener(Choices.CHOOSE_EVENT, event -> {
            JsonNode detail = event.getEventData();
            JsonNode id = detail.path("event.detail.id");
            if (id.isString()) {
                boolean byKeyboard = detail.path("event.detail.byKeyboard").asBoolean(false);
                if (detail.path("event.detail.link").asBoolean(false)) {
                    linkChosen(id.asString(), byKeyboard);
                } else {
                    pinChosen(id.asString(), byKeyboard);
                }
            }
        }).addEventData("event.detail.id").addEventData("event.detail.link").addEventData("event.detail.byKeyboard");
        getElement().addEventListener(TILES_FAILED_EVENT, event -> tilesFailed());
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
        // choosing a pin re-renders the explorer, but the pins stay as they are: not sent (and redrawn) again
        if (!pins.equals(getElement().getProperty("pins"))) {
            getElement().setProperty("pins", pins);
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
        Map<String, Integer> earlier = new HashMap<>();
        for (Link link : links) {
            Place from = place.apply(link.from());
            Place to = place.apply(link.to());
            String pair = link.from().compareTo(link.to()) < 0 ? link.from() + '\n' + link.to() : link.to() + '\n' + link.from();
            int before = earlier.merge(pair, 1, Integer::sum) - 1;
            data.add(new LinkData(link.id(), link.kind().wireName(), link.kind().directed(), name.apply(link),
                    from.lat(), from.lon(), to.lat(), to.lon(), before));
        }
        return JSON.writeValueAsString(data);
    }

    /** The names of the countries holding the shown places and where the map writes them, as the JSON the browser draws them from. */
    static String countries(List<Countries.Label> labels) {
        return JSON.writeValueAsString(labels);
    }

    /**
     * Names the countries holding the shown places, as {@link #countries} makes them (the first map drew the same at the
     * same spots) and tints their shapes; names the browser has already are not sent again.
     */
    void showCountries(String countries) {
        if (!countries.equals(getElement().getProperty("countries"))) {
            getElement().setProperty("countries", countries);
        }
    }

    /** Shows the links' lines, as {@link #lines} makes them; lines the browser has already are not sent again. */
    public void showLinks(List<Link> links, String lines) {
        shownLinkIds = links.stream().map(Link::id).collect(Collectors.toUnmodifiableSet());
        if (!lines.equals(getElement().getProperty("links"))) {
            getElement().setProperty("links", lines);
        }
    }

    /** Marks the chosen place's pin and the chosen link; null marks none. */
    public void select(@Nullable String placeId, @Nullable String linkId) {
        getElement().setProperty("selectedPlace", placeId == null ? "" : placeId);
        getElement().setProperty("selectedLink", linkId == null ? "" : linkId);
    }

    /** Moves keyboard focus to the place's pin. */
    public void focusPin(String placeId) {
        getElement().callJsFunction("focusPin", placeId);
    }

    /** Moves keyboard focus to the link's line. */
    public void focusLink(String linkId) {
        getElement().callJsFunction("focusLink", linkId);
    }

    /** The ids of the places that have a pin now. */
    public Set<String> shownPlaceIds() {
        return shownPlaceIds;
    }

    /** Listens for a reader choosing a pin or a line, by pointer or keyboard. */
    public Registration addChoiceListener(ComponentEventListener<ChoiceEvent> listener) {
        return addListener(ChoiceEvent.class, listener);
    }

    /** A reader chose a pin; the browser may send anything, so only a pin that is shown counts. */
    private void pinChosen(String placeId, boolean byKeyboard) {
        if (shownPlaceIds.contains(placeId)) {
            fireEvent(new ChoiceEvent(this, placeId, false, byKeyboard));
        }
    }

    /** A reader chose a line; only a line that is shown counts. */
    private void linkChosen(String linkId, boolean byKeyboard) {
        if (shownLinkIds.contains(linkId)) {
            fireEvent(new ChoiceEvent(this, linkId, true, byKeyboard));
        }
    }

    private void tilesFailed() {
        Notification.show(getTranslation("map.tiles-failed"), 6000, Notification.Position.BOTTOM_START);
    }

    private void showTiles() {
        getElement().setProperty("tiles", JSON.writeValueAsString(
                new TileData(Objects.requireNonNull(tiles.urlTemplate()), Objects.requireNonNullElse(tiles.attribution(), ""),
                        Objects.requireNonNullElse(tiles.maxZoom(), 18))));
    }

    /** What the browser needs of a pin: the visible name and the announced label. */
    record PinData(String id, String name, String label, double lat, double lon) {
    }

    /** What the browser needs of a link; {@code parallel} counts earlier links between the same two places. */
    record LinkData(String id, String kind, boolean directed, String label,
            double fromLat, double fromLon, double toLat, double toLon, int parallel) {
    }

    /** A tile server as the browser uses it. */
    record TileData(String urlTemplate, String attribution, int maxZoom) {
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
