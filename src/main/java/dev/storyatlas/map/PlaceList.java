package dev.storyatlas.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.shared.Registration;
import dev.storyatlas.story.Place;
import java.util.List;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/** The places as a list of buttons beside the map: the keyboard and screen-reader way to the panels. */
class PlaceList extends Nav {

    private final UnorderedList list = new UnorderedList();

    PlaceList() {
        addClassName("sa-places");
        H2 heading = new H2(getTranslation("places.heading"));
        heading.setId("places-heading");
        getElement().setAttribute("aria-labelledby", "places-heading");
        add(heading, list);
    }

    /** Lists the places with their number of items, marking the chosen one. */
    void show(List<Place> places, ToIntFunction<Place> itemCount, @Nullable String selected) {
        list.removeAll();
        for (Place place : places) {
            String name = place.name(getLocale());
            NativeButton button = new NativeButton(getTranslation("places.entry", name, itemCount.applyAsInt(place)));
            button.addClassName("sa-places__button");
            button.getElement().setAttribute("data-place", place.id());
            if (place.id().equals(selected)) {
                button.getElement().setAttribute("aria-current", "true");
            }
            button.addClickListener(e -> fireEvent(new PlaceChosenEvent(this, place.id())));
            list.add(new ListItem(button));
        }
    }

    /** Puts keyboard focus on the place's entry, if it is listed. */
    void focus(String placeId) {
        list.getChildren().flatMap(item -> item.getChildren())
                .filter(button -> placeId.equals(button.getElement().getAttribute("data-place")))
                .findFirst()
                .ifPresent(button -> button.getElement().callJsFunction("focus"));
    }

    Registration addPlaceChosenListener(ComponentEventListener<PlaceChosenEvent> listener) {
        return addListener(PlaceChosenEvent.class, listener);
    }

    /** The reader chose a place from the list. */
    static class PlaceChosenEvent extends ComponentEvent<PlaceList> {
        private final String placeId;

        PlaceChosenEvent(PlaceList source, String placeId) {
            super(source, true);
            this.placeId = placeId;
        }

        String placeId() {
            return placeId;
        }
    }
}
