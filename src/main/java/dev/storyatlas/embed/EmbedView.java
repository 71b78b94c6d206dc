package dev.storyatlas.embed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.storyatlas.map.ArticleDate;
import dev.storyatlas.map.ExplorerBinding;
import dev.storyatlas.map.Explorers;
import dev.storyatlas.map.StoryExplorer;
import dev.storyatlas.story.Story;
import dev.storyatlas.story.StoryCatalog;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The map for other sites' iframes at {@code /embed} (the default story) and {@code /embed/<story>}:
 * the explorer without the app's header, with the same URL parameters as the main view. Its element,
 * {@code <sa-embed-frame>} (frontend/embed-frame.ts), tells the framing page its height, so the iframe can
 * grow and shrink with the place panel.
 */
// readers need no sign-in, also while the studio has Vaadin check every view
@AnonymousAllowed
@Route("embed/:storyId?")
@Tag(EmbedView.TAG)
@JsModule("./embed-frame.ts")
class EmbedView extends Component implements HasComponents, HasStyle, BeforeEnterObserver, HasDynamicTitle {

    /** The view's element; frontend/names.ts has it as EMBED_FRAME_TAG. */
    static final String TAG = "sa-embed-frame";

    static final String STORY_PARAMETER = "storyId";

    private final StoryCatalog catalog;
    private final EmbedProperties properties;
    private final ExplorerBinding binding;
    private @Nullable Story story;

    EmbedView(StoryCatalog catalog, EmbedProperties properties, Explorers explorers) {
        this.catalog = catalog;
        this.properties = properties;
        this.binding = new ExplorerBinding(this::layout, explorers);
        addClassName("sa-embed");
        // the frame's whole content is its page's main part (a landmark, for screen readers' navigation)
        getElement().setAttribute("role", "main");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        shortenSession(properties);
        Optional<String> storyId = event.getRouteParameters().get(STORY_PARAMETER);
        story = catalog.findOrDefault(storyId.orElse(null)).orElse(null);
        if (story == null) {
            removeAll();
            Paragraph notice = new Paragraph(getTranslation("embed.unknown-story", storyId.orElse("")));
            notice.addClassName("sa-embed__notice");
            add(notice);
        } else {
            binding.navigate(event, story);
        }
    }

    @Override
    public String getPageTitle() {
        return story == null ? "Story Atlas" : story.title() + " – Story Atlas";
    }

    private void layout(StoryExplorer explorer) {
        removeAll();
        Story shown = explorer.story();
        Paragraph source = new Paragraph(shown.title() + " · "
                + getTranslation("story.source", shown.publisher(), ArticleDate.of(shown, getLocale(), this)));
        source.addClassName("sa-embed__source");
        add(explorer, source);
    }

    /**
     * Gives the current session the embed's timeout: an embed reader often glances and leaves, and
     * should not hold server memory for the app's long default.
     */
    static void shortenSession(EmbedProperties properties) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            session.getSession().setMaxInactiveInterval((int) properties.sessionTimeout().toSeconds());
        }
    }
}
