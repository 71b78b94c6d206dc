package dev.storyatlas.map;

import dev.storyatlas.story.Place;
import java.util.List;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/** The places as a list of buttons beside the map: the keyboard and screen-reader way to the panels. */
class PlaceList extends SideList {

    PlaceList() {
        super("sa-places", "places.heading", "sa-places__button", "place");
    }

    /** The places with their number of items, in the texts' language, none of them marked. */
    static Choices.Listing listing(List<Place> places, ToIntFunction<Place> itemCount, Texts texts, JsonMapper json) {
        return Choices.Listing.of(places.stream()
                .map(place -> new Choices.Entry(place.id(),
                        texts.get("places.entry", place.name(texts.locale()), itemCount.applyAsInt(place)), false))
                .toList(), json);
    }

    /** Lists the places, marking the chosen one. */
    void show(Choices.Listing places, @Nullable String selected) {
        show(places.marking(selected));
    }
}
