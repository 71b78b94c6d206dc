package dev.storyatlas.map;

import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import dev.storyatlas.story.Link;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The links between places as buttons, each with a swatch of its kind: the legend and list equivalent of the map's lines. */
class LinkList extends ChoiceList {

    LinkList() {
        super("sa-links", "links.heading", "data-link");
    }

    /** Lists the links, each named by the given function, marking the open one. */
    void show(List<Link> links, Function<Link, String> name, @Nullable String selected) {
        clear();
        setVisible(!links.isEmpty());
        for (Link link : links) {
            String kind = link.kind().name().toLowerCase(Locale.ROOT);
            Span swatch = new Span();
            swatch.addClassNames("sa-links__swatch", "sa-link--" + kind);
            swatch.getElement().setAttribute("aria-hidden", "true");
            Span kindName = new Span(getTranslation("links.kind." + kind) + ": ");
            kindName.addClassName("sa-links__kind");
            NativeButton button = new NativeButton();
            button.add(swatch, kindName, new Span(name.apply(link)));
            button.addClassName("sa-links__button");
            addEntry(button, link.id(), link.id().equals(selected));
        }
    }
}
