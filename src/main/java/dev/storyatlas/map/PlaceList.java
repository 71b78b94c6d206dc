package dev.storyatlas.map;

import dev.storyatlas.story.Place;
import java.util.List;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/** The places as a list of buttons beside the map: the keyboard and screen-reader way to the panels. */
class PlaceList extends ChoiceList {

    PlaceList() {
        super("sa-places", "places.heading", "sa-places__button", "place");
    }

    /** Lists the places with their number of items, marking the chosen one. */
    void show(List<Place> places, ToIntFunction<Place> itemCount, @Nullable String selected) {
        show(places.stream()
                .map(place -> new Choices.Entry(place.id(),
                        getTranslation("places.entry", place.name(getLocale()), itemCount.applyAsInt(place)),
                        place.id().equals(selected)))
                .toList());
    }
}
