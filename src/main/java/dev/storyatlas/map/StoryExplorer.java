package dev.storyatlas.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.ScrollOptions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import dev.storyatlas.story.Link;
import dev.storyatlas.story.Story;
import dev.storyatlas.story.StoryItem;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A story's map with its actor filter, timeline, place and link lists and panel, kept in step with
 * one {@link MapState}. Views put it on a page and mirror its state into the URL.
 */
public class StoryExplorer extends Div {

    private final Story story;
    private final ActorFilter filter;
    private final Timeline timeline;
    private final Span count = new Span();
    private final StoryMap map;
    private final Div side;
    private final ControlRow controls;
    // Built when a reader first opens a place or link: most readers of an embed only look.
    private @Nullable PlacePanel panel;
    private final PlaceList placeList = new PlaceList();
    private final LinkList linkList = new LinkList();
    private MapState state = MapState.EMPTY;
    private boolean applying;
    private boolean panelOpenedFromMap;

    private final Renderings renderings;

    StoryExplorer(Story story, MapProperties mapProperties, Renderings renderings) {
        this.story = story;
        this.renderings = renderings;
        this.filter = new ActorFilter(story);
        this.timeline = new Timeline(story);
        this.map = new StoryMap(mapProperties.tiles());
        addClassName("sa-explorer");
        count.addClassName("sa-count");
        count.setId("item-count");
        count.getElement().setAttribute("aria-live", "polite");
        Button clear = new Button(getTranslation("filter.clear"), e -> filter.clear());
        clear.addThemeVariants(ButtonVariant.TERTIARY);
        clear.addClassName("sa-filter-clear");
        Div toolbar = new Div(filter, clear, count);
        toolbar.addClassName("sa-toolbar");
        toolbar.setId("filter-sheet");

        // the map's description for screen readers (story-atlas.css hides it from view)
        Paragraph instructions = new Paragraph(getTranslation("map.instructions"));
        instructions.setId("map-instructions");
        instructions.addClassName("sa-map-instructions");
        Div mapRegion = new Div(instructions, map);
        mapRegion.addClassName("sa-map-region");
        mapRegion.getElement().setAttribute("role", "region");
        mapRegion.getElement().setAttribute("aria-label", getTranslation("map.label"));
        mapRegion.getElement().setAttribute("aria-describedby", "map-instructions");
        side = new Div(placeList, linkList);
        side.addClassName("sa-side");
        Div main = new Div(mapRegion, side);
        main.addClassName("sa-main");
        controls = new ControlRow(toolbar, timeline);
        add(controls, toolbar, timeline, main);

        filter.addValueChangeListener(e -> {
            if (!applying) {
                change(state.withActors(filter.selectedIds()));
            }
        });
        timeline.addRangeListener(e -> change(state.withDates(e.from(), e.to())));
        map.addChoiceListener(e -> open(e.isLink() ? state.withLink(e.id()) : state.withPlace(e.id()), true, e.byKeyboard()));
        placeList.addChoiceListener(e -> open(state.withPlace(e.id()), false, true));
        linkList.addChoiceListener(e -> open(state.withLink(e.id()), false, true));
    }

    /** Shows the given state; the caller has checked its ids against the story. */
    public void apply(MapState newState) {
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

    /**
     * Opens a place or link and scrolls its panel into view where it stands below the map (phones; the style sheet
     * keeps part of the map in view above it); focus follows into the panel when the reader came by keyboard.
     */
    private void open(MapState newState, boolean fromMap, boolean moveFocus) {
        panelOpenedFromMap = fromMap;
        change(newState);
        if (panel != null && panel.isVisible()) {
            panel.scrollIntoView(new ScrollOptions(ScrollOptions.Behavior.AUTO, ScrollOptions.Alignment.NEAREST, ScrollOptions.Alignment.NEAREST));
            if (moveFocus) {
                panel.focusHeading();
            }
        }
    }

    /** Closes the panel and returns focus to where the reader opened it: the pin, the line or the list entry. */
    private void closePanel() {
        String place = state.place();
        String link = state.link();
        change(state.withPlace(null));
        if (place != null) {
            if (panelOpenedFromMap) {
                map.focusPin(place);
            } else {
                placeList.focus(place);
            }
        } else if (link != null) {
            if (panelOpenedFromMap) {
                map.focusLink(link);
            } else {
                linkList.focus(link);
            }
        }
    }

    private void change(MapState newState) {
        state = newState;
        render();
        fireEvent(new StateChangeEvent(this, state));
    }

    private void render() {
        Rendering shown = renderings.of(story, getLocale(), state);
        MapSelection selection = shown.selection();
        if (state.place() != null && !selection.showsPlace(state.place())
                || state.link() != null && selection.link(state.link()).isEmpty()) {
            state = state.withPlace(null);
        }
        map.showPlaces(selection.places(), shown.pins());
        map.showCountries(shown.countries());
        map.showLinks(selection.links(), shown.lines());
        map.select(state.place(), state.link());
        placeList.show(shown.places(), state.place());
        linkList.show(shown.links(), state.link());
        timeline.show(state.fromDate().orElse(null), state.toDate().orElse(null), shown.days(), selection.undatedKept());
        controls.showActive(state.actors().size(), state.fromDate().orElse(null), state.toDate().orElse(null));
        count.setText(shown.count());
        if (StoryItem.WITHOUT_PLACE.equals(state.place())) {
            panel().showWithoutPlace(story, selection.itemsAt(StoryItem.WITHOUT_PLACE));
        } else if (state.place() != null) {
            panel().show(story, story.place(state.place()).orElseThrow(), selection.itemsAt(state.place()));
        } else if (state.link() != null) {
            Link link = selection.link(state.link()).orElseThrow();
            panel().showLink(story, LinkList.title(story, link, getLocale()), story.incident(link.incident()).orElseThrow(), Set.of(link.from(), link.to()));
        } else if (panel != null) {
            panel.hide();
        }
    }

    private PlacePanel panel() {
        if (panel == null) {
            panel = new PlacePanel();
            panel.addCloseListener(e -> closePanel());
            side.addComponentAsFirst(panel);
        }
        return panel;
    }

    /** Whether the story has the place, or items without a place for {@link StoryItem#WITHOUT_PLACE}. */
    static boolean knowsPlace(Story story, String placeId) {
        return story.place(placeId).isPresent() || story.items().stream().anyMatch(item -> item.isAt(placeId));
    }

    /** The ids of the actors a state names that the story does not know. */
    static Set<String> unknownActors(Story story, MapState state) {
        return state.actors().stream().filter(id -> story.actor(id).isEmpty()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The state with only the ids and dates the story knows; unknown values are dropped. */
    static MapState known(Story story, MapState state) {
        Set<String> actors = state.actors().stream().filter(id -> story.actor(id).isPresent()).collect(Collectors.toSet());
        String place = state.place() != null && knowsPlace(story, state.place()) ? state.place() : null;
        String link = state.link() != null && story.link(state.link()).isPresent() ? state.link() : null;
        return new MapState(place, actors, state.lang(), link,
                state.fromDate().map(Object::toString).orElse(null), state.toDate().map(Object::toString).orElse(null));
    }

    /** The reader changed the place, the link, the filter or the time range. */
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
