package dev.storyatlas.map;

import dev.storyatlas.story.Place;
import dev.storyatlas.story.StoryItem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/** The places as a list of buttons beside the map: the keyboard and screen-reader way to the panels. */
class PlaceList extends SideList {

    PlaceList() {
        super("sa-places", "places.heading", "sa-places__button", "place");
    }

    /**
     * The places with their number of items, in the texts' language, none of them marked; last, while any
     * shown item has no place, "Without a place" with their number: the only way to them, as they have no pin.
     */
    static Choices.Listing listing(List<Place> places, ToIntFunction<Place> itemCount, int withoutPlace, Texts texts, JsonMapper json) {
        List<Choices.Entry> entries = new ArrayList<>(places.stream()
                .map(place -> new Choices.Entry(place.id(),
                        texts.get("places.entry", place.name(texts.locale()), itemCount.applyAsInt(place)), false))
                .toList());
        if (withoutPlace > 0) {
            entries.add(new Choices.Entry(StoryItem.WITHOUT_PLACE,
                    texts.get("places.entry", texts.get("places.without"), withoutPlace), false));
        }
        return Choices.Listing.of(entries, json);
    }

    /** Lists the places, marking the chosen one. */
    void show(Choices.Listing places, @Nullable String selected) {
        show(places.marking(selected));
    }
}
