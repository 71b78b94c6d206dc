package dev.storyatlas.map;

import com.vaadin.flow.component.html.NativeButton;
import dev.storyatlas.story.Place;
import java.util.List;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/** The places as a list of buttons beside the map: the keyboard and screen-reader way to the panels. */
class PlaceList extends ChoiceList {

    PlaceList() {
        super("sa-places", "places.heading", "data-place");
    }

    /** Lists the places with their number of items, marking the chosen one. */
    void show(List<Place> places, ToIntFunction<Place> itemCount, @Nullable String selected) {
        clear();
        for (Place place : places) {
            NativeButton button = new NativeButton(getTranslation("places.entry", place.name(getLocale()), itemCount.applyAsInt(place)));
            button.addClassName("sa-places__button");
            addEntry(button, place.id(), place.id().equals(selected));
        }
    }
}
