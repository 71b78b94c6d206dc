package dev.storyatlas.map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.storyatlas.story.Story;
import dev.storyatlas.story.StoryCatalog;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The map of one story: the default story at {@code /}, any story at {@code /stories/<id>}. The URL
 * carries the open place or link, the filter, the time range and the language, and keeps its path
 * when the view updates it.
 */
// readers need no sign-in, also while the studio has Vaadin check every view
@AnonymousAllowed
@Route("")
@RouteAlias("stories/:" + MapView.STORY_ID)
class MapView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String STORY_ID = "storyId";

    private final StoryCatalog catalog;
    private final List<MapViewAction> actions;
    private final ExplorerBinding binding;
    private Story story;

    MapView(StoryCatalog catalog, Explorers explorers, ObjectProvider<MapViewAction> actions) {
        this.catalog = catalog;
        this.story = catalog.defaultStory();
        this.actions = actions.orderedStream().toList();
        this.binding = new ExplorerBinding(this::layout, explorers);
        addClassName("sa-app");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> storyId = event.getRouteParameters().get(STORY_ID);
        // looked up on every visit: the stories directory may have changed the story since the last one
        Optional<Story> found = catalog.findOrDefault(storyId.orElse(null));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class, getTranslation("notice.unknown-story", storyId.orElseThrow()));
            return;
        }
        story = found.get();
        binding.navigate(event, story);
    }

    @Override
    public String getPageTitle() {
        return story.title() + " – Story Atlas";
    }

    private void layout(StoryExplorer explorer) {
        removeAll();
        H1 title = new H1(story.title());
        title.addClassName("sa-title");
        Paragraph source = new Paragraph(getTranslation("story.source", story.publisher(), ArticleDate.of(story, getLocale(), this)));
        source.addClassName("sa-source");
        Div heading = new Div(title, source);
        heading.addClassName("sa-header__text");
        Div tools = new Div();
        tools.addClassName("sa-header__actions");
        actions.forEach(action -> tools.add(action.create(story, explorer::state)));
        Header header = new Header(heading, tools);
        header.addClassName("sa-header");
        // the header is the page's banner, the map with its filter and lists its main part: every reader's content in a landmark
        explorer.getElement().setAttribute("role", "main");
        add(header, explorer);
    }
}
