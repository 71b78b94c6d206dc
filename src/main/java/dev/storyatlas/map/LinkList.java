package dev.storyatlas.map;

import dev.storyatlas.story.Link;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The links between places as buttons, each with a swatch of its kind: the legend and list equivalent of the map's lines. */
class LinkList extends SideList {

    LinkList() {
        super("sa-links", "links.heading", "sa-links__button", "link");
    }

    /** The links, each named by the given function with a swatch of its kind, none of them marked. */
    Choices.Listing listing(List<Link> links, Function<Link, String> name) {
        return Choices.Listing.of(links.stream()
                .map(link -> {
                    String kind = link.kind().wireName();
                    return new Choices.Entry(link.id(), name.apply(link), false, kind, getTranslation("links.kind." + kind));
                })
                .toList());
    }

    /** Lists the links, marking the open one; hidden while there are none. */
    void show(Choices.Listing links, @Nullable String selected) {
        setVisible(!links.entries().isEmpty());
        show(links.marking(selected));
    }
}
