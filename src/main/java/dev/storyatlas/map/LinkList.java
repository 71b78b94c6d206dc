package dev.storyatlas.map;

import dev.storyatlas.story.Link;
import dev.storyatlas.story.Story;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/** The links between places as buttons, each with a swatch of its kind: the legend and list equivalent of the map's lines. */
class LinkList extends SideList {

    LinkList() {
        super("sa-links", "links.heading", "sa-links__button", "link");
    }

    /** The links, each named by the given function with a swatch of its kind, none of them marked. */
    static Choices.Listing listing(List<Link> links, Function<Link, String> name, Texts texts, JsonMapper json) {
        return Choices.Listing.of(links.stream()
                .map(link -> {
                    String kind = link.kind().wireName();
                    return new Choices.Entry(link.id(), name.apply(link), false, kind, texts.get("links.kind." + kind));
                })
                .toList(), json);
    }

    /** "Pjöngjang → Moskau: rund 1.500 Soldaten … entsandt", the panel's heading for a link. */
    static String title(Story story, Link link, Locale locale) {
        String from = story.place(link.from()).map(p -> p.name(locale)).orElse(link.from());
        String to = story.place(link.to()).map(p -> p.name(locale)).orElse(link.to());
        return from + (link.kind().directed() ? " → " : " – ") + to + ": " + link.summary();
    }

    /** The title with who claims it, as lines and list entries are announced. */
    static String name(Story story, Link link, Texts texts) {
        String claim = story.incident(link.incident()).map(i -> ItemCard.claimText(texts, story, i.claim())).orElse("");
        return title(story, link, texts.locale()) + " (" + claim + ")";
    }

    /** Lists the links, marking the open one; hidden while there are none. */
    void show(Choices.Listing links, @Nullable String selected) {
        setVisible(!links.entries().isEmpty());
        show(links.marking(selected));
    }
}
