package dev.storyatlas.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.shared.Registration;

/**
 * A headed list of buttons beside the map, one per place or link: the keyboard and screen-reader
 * equivalent of what the map draws. Subclasses fill it; choosing an entry raises a {@link ChoiceEvent}.
 */
abstract class ChoiceList extends Nav {

    private final UnorderedList list = new UnorderedList();
    private final String idAttribute;

    ChoiceList(String className, String headingKey, String idAttribute) {
        this.idAttribute = idAttribute;
        addClassName(className);
        H2 heading = new H2(getTranslation(headingKey));
        heading.setId(className + "-heading");
        getElement().setAttribute("aria-labelledby", className + "-heading");
        add(heading, list);
    }

    /** Empties the list before it is filled again. */
    void clear() {
        list.removeAll();
    }

    /** Adds an entry for the id; {@code current} marks the one that is open. */
    void addEntry(NativeButton button, String id, boolean current) {
        button.addClassName("sa-chip");
        button.getElement().setAttribute(idAttribute, id);
        if (current) {
            button.getElement().setAttribute("aria-current", "true");
        }
        button.addClickListener(e -> fireEvent(new ChoiceEvent(this, id)));
        list.add(new ListItem(button));
    }

    /** Puts keyboard focus on the entry for the id, if it is listed. */
    void focus(String id) {
        list.getChildren().flatMap(item -> item.getChildren())
                .filter(button -> id.equals(button.getElement().getAttribute(idAttribute)))
                .findFirst()
                .ifPresent(button -> button.getElement().callJsFunction("focus"));
    }

    Registration addChoiceListener(ComponentEventListener<ChoiceEvent> listener) {
        return addListener(ChoiceEvent.class, listener);
    }

    /** The reader chose an entry. */
    static class ChoiceEvent extends ComponentEvent<ChoiceList> {
        private final String id;

        ChoiceEvent(ChoiceList source, String id) {
            super(source, true);
            this.id = id;
        }

        String id() {
            return id;
        }
    }
}
