package dev.storyatlas.map;

import dev.storyatlas.story.Place;
import dev.storyatlas.story.StoryItem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/** The places as a list of buttons beside the map: the keyboard and screen-reader way to the panels. */
class PlaceList extends ChoiceList {

    PlaceList() {
        super("sa-places", "places.heading", "sa-places__button", "place");
    }

    /**
     * The places with their number of items, in this list's language, none of them marked; last, while any
     * shown item has no place, "Without a place" with their number: the only way to them, as they have no pin.
     */
    Choices.Listing listing(List<Place> places, ToIntFunction<Place> itemCount, int withoutPlace) {
        List<Choices.Entry> entries = new ArrayList<>(places.stream()
                .map(place -> new Choices.Entry(place.id(),
                        getTranslation("places.entry", place.name(getLocale()), itemCount.applyAsInt(place)), false))
                .toList());
        if (withoutPlace > 0) {
            entries.add(new Choices.Entry(StoryItem.WITHOUT_PLACE,
                    getTranslation("places.entry", getTranslation("places.without"), withoutPlace), false));
        }
        return Choices.Listing.of(entries);
    }

    /** Lists the places, marking the chosen one. */
    void show(Choices.Listing places, @Nullable String selected) {
        show(places.marking(selected));
    }
}
