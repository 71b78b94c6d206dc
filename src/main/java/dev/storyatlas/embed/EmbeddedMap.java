package dev.storyatlas.embed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.theme.lumo.Lumo;
import dev.storyatlas.map.ArticleDate;
import dev.storyatlas.map.ExplorerBinding;
import dev.storyatlas.map.Explorers;
import dev.storyatlas.map.MapState;
import dev.storyatlas.map.StoryExplorer;
import dev.storyatlas.story.Story;
import dev.storyatlas.story.StoryCatalog;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the {@code <story-atlas-map>} element shows: a story's explorer, steered by the element's
 * attributes instead of a URL (the host page's URL is not ours to change). Its own element,
 * {@code <sa-embedded-map>} (frontend/embedded-map.ts), writes the reader's choices back into those attributes.
 */
@Tag(EmbeddedMap.TAG)
@JsModule("./embedded-map.ts")
class EmbeddedMap extends Component implements HasComponents, HasStyle {

    /** This component's element; frontend/names.ts has it as EMBEDDED_MAP_TAG. */
    static final String TAG = "sa-embedded-map";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StoryCatalog catalog;
    private final EmbedProperties properties;
    private final ExplorerBinding binding;
    private String storyId = "";
    // The attributes that steer the map, named like the URL parameters of the main view and the embed.
    private final Map<String, String> attributes = new HashMap<>();
    private boolean refreshPending;
    private Consumer<MapState> stateListener = state -> { };

    EmbeddedMap(StoryCatalog catalog, EmbedProperties properties, Explorers explorers) {
        this.catalog = catalog;
        this.properties = properties;
        this.binding = new ExplorerBinding(this::layout, explorers);
        addClassName("sa-embed");
        addAttachListener(e -> scheduleRefresh());
    }

    void setStoryId(String storyId) {
        this.storyId = storyId;
        scheduleRefresh();
    }

    /** Sets one of {@link MapState#PARAMETERS}; the map follows once this round trip's attributes are in. */
    void setStateAttribute(String name, String value) {
        attributes.put(name, value);
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
        Story story = catalog.findOrDefault(storyId).orElse(null);
        if (story == null) {
            Paragraph notice = new Paragraph(getTranslation("embed.unknown-story", storyId));
            notice.addClassName("sa-embed__notice");
            showOnly(notice);
            return;
        }
        Map<String, List<String>> params = new HashMap<>();
        attributes.forEach((name, value) -> params.put(name, List.of(value)));
        binding.show(ui, story, MapState.of(params));
    }

    private void layout(StoryExplorer explorer) {
        explorer.addStateChangeListener(e -> {
            // The reader's choice is the element's state now; a later attribute change starts from it.
            Map<String, String> chosen = e.state().parameters();
            Map<String, String> choices = new LinkedHashMap<>();
            MapState.READER_CHOICES.forEach(name -> choices.put(name, chosen.getOrDefault(name, "")));
            attributes.putAll(choices);
            reflectIntoAttributes(choices);
            stateListener.accept(e.state());
        });
        Story shown = explorer.story();
        Paragraph source = new Paragraph(shown.title() + " · "
                + getTranslation("story.source", shown.publisher(), ArticleDate.of(shown, getLocale(), this)));
        source.addClassName("sa-embed__source");
        showOnly(explorer, source);
    }

    /**
     * Shows the components with the style sheets they need: the element's content lives in its shadow root,
     * which the page's style sheets do not reach. The browser side shows nothing until they apply.
     */
    private void showOnly(Component... shown) {
        removeAll();
        String atlas = AtlasUrl.current();
        getElement().appendChild(styleSheet(atlas + "/" + Lumo.STYLESHEET), styleSheet(atlas + "/story-atlas.css"));
        add(shown);
    }

    // The page sees the reader's choice in the element's attributes, and setting one back later is a change again.
    private void reflectIntoAttributes(Map<String, String> choices) {
        getElement().callJsFunction("writeHostAttributes", JSON.writeValueAsString(choices));
    }

    private static Element styleSheet(String href) {
        return new Element("link").setAttribute("rel", "stylesheet").setAttribute("href", href);
    }
}
