package dev.storyatlas.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.shared.Registration;
import dev.storyatlas.story.Incident;
import dev.storyatlas.story.Place;
import dev.storyatlas.story.Story;
import dev.storyatlas.story.StoryItem;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The panel of one place (its incidents and quotes in article order) or of one link (its incident).
 * A Vaadin component, not a map popup.
 */
class PlacePanel extends Section {

    private final H2 heading = new H2();
    private final Paragraph note = new Paragraph();
    private final OrderedList items = new OrderedList();
    private final Button close = new Button();

    PlacePanel() {
        addClassName("sa-panel");
        setId("place-panel");
        heading.setId("place-panel-heading");
        heading.getElement().setAttribute("tabindex", "-1");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        note.addClassName("sa-panel__note");
        items.addClassName("sa-panel__items");
        close.setText(getTranslation("panel.close"));
        close.setId("place-panel-close");
        close.addThemeVariants(ButtonVariant.TERTIARY);
        close.addClickListener(e -> fireEvent(new CloseEvent(this)));
        close.addClickShortcut(Key.ESCAPE).listenOn(this);
        Div header = new Div(heading, close);
        header.addClassName("sa-panel__header");
        add(header, note, items);
        setVisible(false);
    }

    /** Shows the place with the given items (already filtered, in article order). */
    void show(Story story, Place place, List<StoryItem> placeItems) {
        show(story, place.name(getLocale()), place.note(), placeItems, Set.of(place.id()));
    }

    /** Shows the items without a place (already filtered, in article order), each with why it has none. */
    void showWithoutPlace(Story story, List<StoryItem> unplaced) {
        show(story, getTranslation("places.without"), getTranslation("places.without.note"), unplaced, Set.of());
    }

    /** Shows a link's incident under the link's name, with the notes on why it stands at either end. */
    void showLink(Story story, String linkName, Incident incident, Set<String> endPlaceIds) {
        show(story, linkName, null, List.of(incident), endPlaceIds);
    }

    private void show(Story story, String title, @Nullable String noteText, List<StoryItem> shown, Set<String> placeIds) {
        heading.setText(title);
        note.setText(noteText == null ? "" : noteText);
        note.setVisible(noteText != null);
        items.removeAll();
        shown.forEach(item -> items.add(new ItemCard(story, item, placeIds)));
        setVisible(true);
    }

    /** Hides the panel. */
    void hide() {
        setVisible(false);
        items.removeAll();
    }

    /** Puts keyboard focus on the panel's heading, so reading starts there. */
    void focusHeading() {
        heading.getElement().callJsFunction("focus");
    }

    Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }

    /** The reader closed the panel. */
    static class CloseEvent extends ComponentEvent<PlacePanel> {
        CloseEvent(PlacePanel source) {
            super(source, true);
        }
    }
}
