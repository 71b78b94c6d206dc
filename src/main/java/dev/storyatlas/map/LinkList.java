package dev.storyatlas.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.shared.Registration;
import dev.storyatlas.story.Link;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The links between places as buttons, with a legend of their kinds: the list equivalent of the map's lines. */
class LinkList extends Nav {

    private final UnorderedList list = new UnorderedList();

    LinkList() {
        addClassName("sa-links");
        H2 heading = new H2(getTranslation("links.heading"));
        heading.setId("links-heading");
        getElement().setAttribute("aria-labelledby", "links-heading");
        add(heading, list);
    }

    /** Lists the links, each named by the given function, marking the open one. */
    void show(List<Link> links, Function<Link, String> name, @Nullable String selected) {
        list.removeAll();
        setVisible(!links.isEmpty());
        for (Link link : links) {
            Span swatch = new Span();
            swatch.addClassNames("sa-links__swatch", "sa-link--" + kind(link));
            swatch.getElement().setAttribute("aria-hidden", "true");
            Span kind = new Span(getTranslation("links.kind." + kind(link)) + ": ");
            kind.addClassName("sa-links__kind");
            NativeButton button = new NativeButton();
            button.add(swatch, kind, new Span(name.apply(link)));
            button.addClassName("sa-links__button");
            button.getElement().setAttribute("data-link", link.id());
            if (link.id().equals(selected)) {
                button.getElement().setAttribute("aria-current", "true");
            }
            button.addClickListener(e -> fireEvent(new LinkChosenEvent(this, link.id())));
            list.add(new ListItem(button));
        }
    }

    /** Puts keyboard focus on the link's entry, if it is listed. */
    void focus(String linkId) {
        list.getChildren().flatMap(item -> item.getChildren())
                .filter(button -> linkId.equals(button.getElement().getAttribute("data-link")))
                .findFirst()
                .ifPresent(button -> button.getElement().callJsFunction("focus"));
    }

    Registration addLinkChosenListener(ComponentEventListener<LinkChosenEvent> listener) {
        return addListener(LinkChosenEvent.class, listener);
    }

    static String kind(Link link) {
        return link.kind().name().toLowerCase(Locale.ROOT);
    }

    /** The reader chose a link from the list. */
    static class LinkChosenEvent extends ComponentEvent<LinkList> {
        private final String linkId;

        LinkChosenEvent(LinkList source, String linkId) {
            super(source, true);
            this.linkId = linkId;
        }

        String linkId() {
            return linkId;
        }
    }
}
