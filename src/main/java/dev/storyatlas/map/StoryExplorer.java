package dev.storyatlas.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import dev.storyatlas.story.Incident;
import dev.storyatlas.story.Place;
import dev.storyatlas.story.Story;
import dev.storyatlas.story.StoryItem;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A story's map with its actor filter, place list and place panel, kept in step with one
 * {@link MapState}. Views put it on a page and mirror its state into the URL.
 */
public class StoryExplorer extends Div {

    private final Story story;
    private final ActorFilter filter;
    private final Span count = new Span();
    private final StoryMap map = new StoryMap();
    private final PlacePanel panel = new PlacePanel();
    private final PlaceList placeList = new PlaceList();
    private MapState state = MapState.EMPTY;
    private boolean applying;

    public StoryExplorer(Story story) {
        this.story = story;
        this.filter = new ActorFilter(story);
        addClassName("sa-explorer");
        count.addClassName("sa-count");
        count.setId("item-count");
        count.getElement().setAttribute("aria-live", "polite");
        Button clear = new Button(getTranslation("filter.clear"), e -> filter.clear());
        clear.addThemeVariants(ButtonVariant.TERTIARY);
        clear.addClassName("sa-filter-clear");
        Div toolbar = new Div(filter, clear, count);
        toolbar.addClassName("sa-toolbar");

        Div mapRegion = new Div(map);
        mapRegion.addClassName("sa-map-region");
        mapRegion.getElement().setAttribute("role", "region");
        mapRegion.getElement().setAttribute("aria-label", getTranslation("map.label"));
        Div side = new Div(panel, placeList);
        side.addClassName("sa-side");
        Div main = new Div(mapRegion, side);
        main.addClassName("sa-main");
        add(toolbar, main);

        filter.addValueChangeListener(e -> {
            if (!applying) {
                change(state.withActors(filter.selectedIds()));
            }
        });
        map.addPinClickListener(e -> choosePlace(e.placeId()));
        placeList.addPlaceChosenListener(e -> {
            choosePlace(e.placeId());
            panel.focusHeading();
        });
        panel.addCloseListener(e -> change(state.withPlace(null)));
    }

    /** Shows the given state; the caller has checked its ids against the story. */
    void apply(MapState newState) {
        applying = true;
        try {
            filter.setValue(newState.actors().stream()
                    .map(story::actor)
                    .flatMap(Optional::stream)
                    .collect(Collectors.toSet()));
        } finally {
            applying = false;
        }
        state = newState;
        render();
    }

    public MapState state() {
        return state;
    }

    /** The story this explorer shows. */
    public Story story() {
        return story;
    }

    public Registration addStateChangeListener(ComponentEventListener<StateChangeEvent> listener) {
        return addListener(StateChangeEvent.class, listener);
    }

    private void choosePlace(String placeId) {
        change(state.withPlace(placeId));
    }

    private void change(MapState newState) {
        state = newState;
        render();
        fireEvent(new StateChangeEvent(this, state));
    }

    private void render() {
        List<StoryItem> visible = story.itemsInvolving(state.actors());
        List<Place> places = story.placesOf(visible);
        String openPlace = places.stream().map(Place::id).filter(id -> id.equals(state.place())).findFirst().orElse(null);
        if (openPlace == null && state.place() != null) {
            state = state.withPlace(null);
        }
        map.showPlaces(places, getLocale());
        map.select(openPlace);
        placeList.show(places, place -> itemsAt(visible, place.id()).size(), openPlace);
        showCount(visible);
        if (openPlace == null) {
            panel.hide();
        } else {
            panel.show(story, story.place(openPlace).orElseThrow(), itemsAt(visible, openPlace));
        }
    }

    private void showCount(List<StoryItem> visible) {
        long incidents = visible.stream().filter(Incident.class::isInstance).count();
        count.setText(getTranslation("count.shown", incidents, visible.size() - incidents));
    }

    private static List<StoryItem> itemsAt(List<StoryItem> items, @Nullable String placeId) {
        return items.stream().filter(item -> placeId != null && item.isAt(placeId)).toList();
    }

    /** The ids of the actors a state names that the story does not know. */
    static Set<String> unknownActors(Story story, MapState state) {
        return state.actors().stream().filter(id -> story.actor(id).isEmpty()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The state with only the ids the story knows. */
    static MapState known(Story story, MapState state) {
        Set<String> actors = state.actors().stream().filter(id -> story.actor(id).isPresent()).collect(Collectors.toSet());
        String place = state.place() != null && story.place(state.place()).isPresent() ? state.place() : null;
        return new MapState(place, actors, state.lang());
    }

    /** The reader changed the place or the filter. */
    public static class StateChangeEvent extends ComponentEvent<StoryExplorer> {
        private final MapState state;

        StateChangeEvent(StoryExplorer source, MapState state) {
            super(source, true);
            this.state = state;
        }

        public MapState state() {
            return state;
        }
    }
}
