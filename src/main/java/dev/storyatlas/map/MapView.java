package dev.storyatlas.map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.storyatlas.story.Story;
import dev.storyatlas.story.StoryCatalog;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;

/** The map of the default story at {@code /}; the URL carries the open place, the filter and the language. */
@Route("")
class MapView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Story story;
    private final List<MapViewAction> actions;
    private final ExplorerBinding binding = new ExplorerBinding(this::layout);

    MapView(StoryCatalog catalog, ObjectProvider<MapViewAction> actions) {
        this.story = catalog.defaultStory();
        this.actions = actions.orderedStream().toList();
        addClassName("sa-app");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
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
        Paragraph source = new Paragraph(getTranslation("story.source", story.publisher(), story.published().toString()));
        source.addClassName("sa-source");
        Div heading = new Div(title, source);
        heading.addClassName("sa-header__text");
        Div tools = new Div();
        tools.addClassName("sa-header__actions");
        actions.forEach(action -> tools.add(action.create(story, explorer::state)));
        Header header = new Header(heading, tools);
        header.addClassName("sa-header");
        add(header, explorer);
    }
}
