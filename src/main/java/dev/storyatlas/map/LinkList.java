package dev.storyatlas.map;

import dev.storyatlas.story.Link;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The links between places as buttons, each with a swatch of its kind: the legend and list equivalent of the map's lines. */
class LinkList extends ChoiceList {

    LinkList() {
        super("sa-links", "links.heading", "sa-links__button", "link");
    }

    /** Lists the links, each named by the given function, marking the open one. */
    void show(List<Link> links, Function<Link, String> name, @Nullable String selected) {
        setVisible(!links.isEmpty());
        show(links.stream()
                .map(link -> {
                    String kind = link.kind().name().toLowerCase(Locale.ROOT);
                    return new Choices.Entry(link.id(), name.apply(link), link.id().equals(selected),
                            kind, getTranslation("links.kind." + kind));
                })
                .toList());
    }
}
