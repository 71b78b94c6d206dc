package dev.storyatlas.map;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.storyatlas.base.Language;
import dev.storyatlas.story.Story;
import dev.storyatlas.story.StoryCatalog;

/** Every story the app serves at {@code /stories}, each a link to its map. Titles are set as text, never HTML. */
// readers need no sign-in, also while the studio has Vaadin check every view
@AnonymousAllowed
@Route("stories")
class StoryListView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final StoryCatalog catalog;

    StoryListView(StoryCatalog catalog) {
        this.catalog = catalog;
        addClassName("sa-stories");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(MapState.LANG)
                .flatMap(Language::fromParameter)
                .ifPresent(event.getUI()::setLocale);
        removeAll();
        UnorderedList list = new UnorderedList();
        list.addClassName("sa-stories__list");
        for (Story story : catalog.all()) {
            // a plain link: ids are checked to be URL-safe when a story is loaded
            Anchor link = new Anchor("stories/" + story.id(), story.title());
            link.getElement().setAttribute("data-story", story.id());
            Paragraph source = new Paragraph(getTranslation("stories.source", story.publisher(), ArticleDate.of(story, getLocale(), this)));
            source.addClassName("sa-stories__source");
            list.add(new ListItem(link, source));
        }
        add(new H1(getTranslation("stories.heading")), list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("stories.heading") + " – Story Atlas";
    }
}
