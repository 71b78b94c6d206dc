package dev.storyatlas.embed;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.theme.lumo.Lumo;
import dev.storyatlas.map.ExplorerBinding;
import dev.storyatlas.map.MapProperties;
import dev.storyatlas.map.MapState;
import dev.storyatlas.map.StoryExplorer;
import dev.storyatlas.story.Story;
import dev.storyatlas.story.StoryCatalog;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * What the {@code <story-atlas-map>} element shows: a story's explorer, steered by the element's
 * attributes instead of a URL (the host page's URL is not ours to change).
 */
class EmbeddedMap extends Div {

    private final StoryCatalog catalog;
    private final EmbedProperties properties;
    private final ExplorerBinding binding;
    private String storyId = "";
    private String place = "";
    private String actor = "";
    private String lang = "";
    private String link = "";
    private String from = "";
    private String to = "";
    private boolean refreshPending;
    private Consumer<MapState> stateListener = state -> { };

    EmbeddedMap(StoryCatalog catalog, EmbedProperties properties, MapProperties mapProperties) {
        this.catalog = catalog;
        this.properties = properties;
        this.binding = new ExplorerBinding(this::layout, mapProperties);
        addClassName("sa-embed");
        addAttachListener(e -> scheduleRefresh());
    }

    void setStoryId(String storyId) {
        this.storyId = storyId;
        scheduleRefresh();
    }

    void setPlace(String place) {
        this.place = place;
        scheduleRefresh();
    }

    void setActor(String actor) {
        this.actor = actor;
        scheduleRefresh();
    }

    void setLang(String lang) {
        this.lang = lang;
        scheduleRefresh();
    }

    void setLink(String link) {
        this.link = link;
        scheduleRefresh();
    }

    void setFrom(String from) {
        this.from = from;
        scheduleRefresh();
    }

    void setTo(String to) {
        this.to = to;
        scheduleRefresh();
    }

    /** Tells the listener whenever the reader changes the place or the filter. */
    void onStateChange(Consumer<MapState> listener) {
        this.stateListener = listener;
    }

    /** The id of the story shown (the default story's when the {@code story} attribute is empty). */
    String storyId() {
        return binding.explorer().map(explorer -> explorer.story().id()).orElse(storyId);
    }

    /** The interface language the map speaks now. */
    String language() {
        return getLocale().getLanguage();
    }

    // Attributes arrive one by one; the map is drawn once, after the last of them in this round trip.
    private void scheduleRefresh() {
        if (refreshPending) {
            return;
        }
        refreshPending = true;
        getElement().getNode().runWhenAttached(ui -> ui.beforeClientResponse(this, context -> {
            refreshPending = false;
            refresh(ui);
        }));
    }

    private void refresh(UI ui) {
        EmbedView.shortenSession(properties);
        Story story = storyId.isBlank() ? catalog.defaultStory() : catalog.find(storyId.strip()).orElse(null);
        if (story == null) {
            removeAll();
            Paragraph notice = new Paragraph(getTranslation("embed.unknown-story", storyId));
            notice.addClassName("sa-embed__notice");
            add(notice);
            return;
        }
        binding.show(ui, story, MapState.of(QueryParameters.simple(
                Map.of("place", place, "actor", actor, "lang", lang, "link", link, "from", from, "to", to))));
    }

    private void layout(StoryExplorer explorer) {
        removeAll();
        explorer.addStateChangeListener(e -> {
            // The reader's choice is the element's state now; a later attribute change starts from it.
            place = placeOf(e.state());
            actor = actorsOf(e.state());
            link = orEmpty(e.state().link());
            from = orEmpty(e.state().from());
            to = orEmpty(e.state().to());
            reflectIntoAttributes();
            stateListener.accept(e.state());
        });
        Story shown = explorer.story();
        Paragraph source = new Paragraph(shown.title() + " · "
                + getTranslation("story.source", shown.publisher(), shown.published().toString()));
        source.addClassName("sa-embed__source");
        // The element's content lives in its shadow root, which the page's style sheets do not reach.
        String atlas = AtlasUrl.current();
        getElement().appendChild(styleSheet(atlas + "/" + Lumo.STYLESHEET), styleSheet(atlas + "/story-atlas.css"));
        add(explorer, source);
    }

    // The page sees the reader's choice in the element's attributes, and setting one back later is a change again.
    private void reflectIntoAttributes() {
        getElement().executeJs("const host = this.getRootNode().host;"
                + " if (host) { host.setAttribute('place', $0); host.setAttribute('actor', $1);"
                + " host.setAttribute('link', $2); host.setAttribute('from', $3); host.setAttribute('to', $4); }",
                place, actor, link, from, to);
    }

    /** The state's place as the {@code place} attribute writes it. */
    static String placeOf(MapState state) {
        return state.place() == null ? "" : state.place();
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    /** The state's actors as the {@code actor} attribute writes them. */
    static String actorsOf(MapState state) {
        return String.join(",", state.actors().stream().sorted().toList());
    }

    private static Element styleSheet(String href) {
        return new Element("link").setAttribute("rel", "stylesheet").setAttribute("href", href);
    }
}
