package dev.storyatlas.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.shared.Registration;

/**
 * A headed list of buttons in the side column beside the map, one per place or link: the keyboard and screen-reader
 * equivalent of what the map draws. Subclasses fill it; choosing an entry raises a {@link ChoiceEvent}.
 */
abstract class SideList extends Nav {

    private final Choices choices;

    SideList(String className, String headingKey, String entryClass, String entryKey) {
        addClassName(className);
        String headingId = className + "-heading";
        getElement().setAttribute("aria-labelledby", headingId);
        choices = new Choices(getTranslation(headingKey), headingId, "sa-chip " + entryClass, entryKey, false,
                id -> fireEvent(new ChoiceEvent(this, id)));
        add(choices);
    }

    /** Lists the entries; the one that is on is the open one. */
    void show(Choices.Listing listing) {
        choices.show(listing);
    }

    /** Puts keyboard focus on the entry for the id, if it is listed. */
    void focus(String id) {
        choices.focus(id);
    }

    Registration addChoiceListener(ComponentEventListener<ChoiceEvent> listener) {
        return addListener(ChoiceEvent.class, listener);
    }

    /** The reader chose an entry. */
    static class ChoiceEvent extends ComponentEvent<SideList> {
        private final String id;

        ChoiceEvent(SideList source, String id) {
            super(source, true);
            this.id = id;
        }

        String id() {
            return id;
        }
    }
}
