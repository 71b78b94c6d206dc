package dev.storyatlas.map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import dev.storyatlas.base.Language;
import dev.storyatlas.story.Story;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Keeps a view's {@link StoryExplorer} in step with its URL: picks the interface language, names
 * unknown ids in a notice, shows the known part of the state and writes every change back with
 * replaceState on the view's own path. The main view and the embed share it, so a link means the
 * same on both.
 */
public final class ExplorerBinding {

    private final Consumer<StoryExplorer> layout;
    private final Explorers explorers;
    private @Nullable StoryExplorer explorer;
    // Null where the explorer has no URL of its own (the web component lives in someone else's page).
    private @Nullable String path;

    /** The layout puts a fresh explorer on the page; it runs again when the language or the story changes. */
    public ExplorerBinding(Consumer<StoryExplorer> layout, Explorers explorers) {
        this.layout = layout;
        this.explorers = explorers;
    }

    /** Shows the story in the state the navigation's URL asks for, and keeps that URL in step. */
    public void navigate(BeforeEnterEvent event, Story story) {
        path = event.getLocation().getPath();
        show(event.getUI(), story, MapState.of(event.getLocation().getQueryParameters()));
    }

    /** Shows the story in the given state, checked and announced as if a URL had asked for it. */
    public void show(UI ui, Story story, MapState state) {
        MapState requested = state;
        Optional<Locale> asked = requested.lang() == null ? Optional.empty() : Language.fromParameter(requested.lang());
        Locale locale = asked.orElse(Language.closestTo(ui.getLocale()));
        if (explorer == null || explorer.story() != story || !locale.equals(ui.getLocale())) {
            ui.setLocale(locale);
            StoryExplorer fresh = explorers.create(story);
            fresh.addStateChangeListener(e -> replaceUrl(ui, e.state()));
            explorer = fresh;
            layout.accept(fresh);
        }
        if (requested.lang() != null && asked.isEmpty()) {
            notice(ui.getTranslation("notice.unknown-lang", requested.lang()));
            requested = requested.withLang(null);
        }
        if (requested.place() != null && !StoryExplorer.knowsPlace(story, requested.place())) {
            notice(ui.getTranslation("notice.unknown-place", requested.place()));
        }
        Set<String> unknownActors = StoryExplorer.unknownActors(story, requested);
        if (!unknownActors.isEmpty()) {
            notice(ui.getTranslation("notice.unknown-actor", String.join(", ", unknownActors)));
        }
        String link = requested.link();
        if (link != null && story.link(link).isEmpty()) {
            notice(ui.getTranslation("notice.unknown-link", link));
        }
        for (String date : new String[] {requested.from(), requested.to()}) {
            if (date != null && MapState.date(date).isEmpty()) {
                notice(ui.getTranslation("notice.invalid-date", date));
            }
        }
        explorer.apply(StoryExplorer.known(story, requested));
        if (!explorer.state().equals(requested)) {
            replaceUrl(ui, explorer.state());
        }
    }

    /** The explorer on the page, once a navigation has built one. */
    public Optional<StoryExplorer> explorer() {
        return Optional.ofNullable(explorer);
    }

    private void replaceUrl(UI ui, MapState state) {
        if (path == null) {
            return;
        }
        ui.getPage().getHistory().replaceState(null, new Location(path, state.toQueryParameters()));
    }

    private static void notice(String text) {
        Notification notification = Notification.show(text, 6000, Notification.Position.BOTTOM_START);
        notification.addClassName("sa-notice");
    }
}
