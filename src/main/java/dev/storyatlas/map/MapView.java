package dev.storyatlas.map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import dev.storyatlas.base.Language;
import dev.storyatlas.story.Story;
import dev.storyatlas.story.StoryCatalog;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The map of one story: the default story at {@code /}, any story at {@code /stories/<id>}. The URL
 * carries the open place, the filter and the language, and keeps its path when the view updates it.
 */
@Route("")
@RouteAlias("stories/:" + MapView.STORY_ID)
class MapView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String STORY_ID = "storyId";

    private final StoryCatalog catalog;
    private final MapProperties mapProperties;
    private Story story;
    private String path = "";
    private @Nullable StoryExplorer explorer;

    MapView(StoryCatalog catalog, MapProperties mapProperties) {
        this.catalog = catalog;
        this.story = catalog.defaultStory();
        this.mapProperties = mapProperties;
        addClassName("sa-app");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> storyId = event.getRouteParameters().get(STORY_ID);
        // looked up on every visit: the stories directory may have changed the story since the last one
        Optional<Story> found = storyId.map(catalog::find).orElseGet(() -> Optional.of(catalog.defaultStory()));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class, getTranslation("notice.unknown-story", storyId.orElseThrow()));
            return;
        }
        path = event.getLocation().getPath();
        MapState requested = MapState.of(event.getLocation().getQueryParameters());
        UI ui = event.getUI();
        Locale locale = requested.lang() == null ? Language.closestTo(ui.getLocale())
                : Language.fromParameter(requested.lang()).orElse(Language.closestTo(ui.getLocale()));
        if (explorer == null || !locale.equals(ui.getLocale()) || found.get() != story) {
            story = found.get();
            ui.setLocale(locale);
            build();
        }
        if (requested.lang() != null && Language.fromParameter(requested.lang()).isEmpty()) {
            notice(getTranslation("notice.unknown-lang", requested.lang()));
            requested = new MapState(requested.place(), requested.actors(), null, requested.link(), requested.from(), requested.to());
        }
        if (requested.place() != null && story.place(requested.place()).isEmpty()) {
            notice(getTranslation("notice.unknown-place", requested.place()));
        }
        Set<String> unknownActors = StoryExplorer.unknownActors(story, requested);
        if (!unknownActors.isEmpty()) {
            notice(getTranslation("notice.unknown-actor", String.join(", ", unknownActors)));
        }
        String link = requested.link();
        if (link != null && story.links().stream().noneMatch(l -> l.id().equals(link))) {
            notice(getTranslation("notice.unknown-link", link));
        }
        for (String date : new String[] {requested.from(), requested.to()}) {
            if (date != null && MapState.date(date).isEmpty()) {
                notice(getTranslation("notice.invalid-date", date));
            }
        }
        MapState known = StoryExplorer.known(story, requested);
        explorer.apply(known);
        if (!explorer.state().equals(requested)) {
            replaceUrl(ui, path, explorer.state());
        }
    }

    @Override
    public String getPageTitle() {
        return story.title() + " – Story Atlas";
    }

    private void build() {
        removeAll();
        H1 title = new H1(story.title());
        title.addClassName("sa-title");
        Paragraph source = new Paragraph(getTranslation("story.source", story.publisher(), story.published().toString()));
        source.addClassName("sa-source");
        Header header = new Header(title, source);
        header.addClassName("sa-header");
        explorer = new StoryExplorer(story, mapProperties);
        explorer.addStateChangeListener(e -> replaceUrl(UI.getCurrent(), path, e.state()));
        add(header, explorer);
    }

    private static void replaceUrl(UI ui, String path, MapState state) {
        ui.getPage().getHistory().replaceState(null, new Location(path, state.toQueryParameters()));
    }

    private static void notice(String text) {
        Notification notification = Notification.show(text, 6000, Notification.Position.BOTTOM_START);
        notification.addClassName("sa-notice");
    }
}
