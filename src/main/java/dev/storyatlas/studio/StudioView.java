package dev.storyatlas.studio;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.storyatlas.map.Explorers;
import dev.storyatlas.map.MapState;
import dev.storyatlas.map.StoryExplorer;
import dev.storyatlas.story.StoryAtlasProperties;
import dev.storyatlas.story.StoryLoader;
import dev.storyatlas.story.StoryProblem;
import dev.storyatlas.studio.draft.DraftFiles;
import dev.storyatlas.studio.draft.Drafting;
import dev.storyatlas.studio.draft.StoryWriter;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The drafting view at {@code /studio}, for signed-in editors: the article and its metadata, the
 * assistant's proposals to accept, edit or reject, incidents cited by selecting words, the readers' map
 * of the draft as it stands, and saving into the stories directory with a history to restore from.
 */
@Route(value = "studio", registerAtStartup = false)
@PageTitle("Studio – Story Atlas")
@RolesAllowed(StudioProperties.ROLE)
class StudioView extends Div {

    private final Drafting drafting;
    private final StoryWriter writer;
    private final StoryLoader loader;
    private final StudioStories stories;
    private final Explorers explorers;
    private final long scanSeconds;

    private final ArticleForm article = new ArticleForm();
    private final PassageList passages = new PassageList();
    private final Div proposals = new Div();
    private final UnorderedList problems = new UnorderedList();
    private final Div preview = new Div();
    private final Paragraph status = new Paragraph();
    private final Select<String> versions = new Select<>();
    private @Nullable DraftEditor editor;
    private @Nullable IncidentForm incidents;
    private @Nullable DraftFiles files;
    private List<Runnable> refreshers = List.of();

    StudioView(Drafting drafting, StoryWriter writer, StoryLoader loader, StudioStories stories, Explorers explorers,
            StoryAtlasProperties properties, AuthenticationContext signedIn) {
        this.drafting = drafting;
        this.writer = writer;
        this.loader = loader;
        this.stories = stories;
        this.explorers = explorers;
        this.scanSeconds = Math.max(1, properties.scanInterval().toSeconds());
        addClassName("sa-studio");

        Button signOut = new Button("Sign out", e -> signedIn.logout());
        signOut.setId("studio-sign-out");
        Header header = new Header(new H1("Story Atlas studio"), new Paragraph(signedIn.getPrincipalName().orElse("")), signOut);
        header.addClassName("sa-studio__header");

        Button propose = new Button("Propose", e -> propose());
        propose.setId("studio-propose");
        propose.addThemeVariants(ButtonVariant.PRIMARY);
        Button save = new Button("Save", e -> save(false));
        save.setId("studio-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        versions.setId("studio-versions");
        versions.setLabel("Earlier versions");
        versions.setEmptySelectionAllowed(false);
        Button restore = new Button("Restore", e -> restore());
        restore.setId("studio-restore");
        status.setId("studio-status");
        status.getElement().setAttribute("aria-live", "polite");
        problems.setId("studio-problems");
        preview.setId("studio-preview");
        preview.addClassName("sa-studio__preview");
        Div saving = new Div(save, versions, restore, status);
        saving.addClassName("sa-studio__save");

        add(header, section("Article", article, propose), section("Paragraphs", passages), proposals,
                section("Problems", problems), section("Preview", preview), section("Save", saving));
        passages.addSelectionListener(e -> {
            if (incidents != null) {
                incidents.cite(e.paragraph(), e.excerpt());
            }
        });
        article.id.addValueChangeListener(e -> showVersions());
    }

    private static Section section(String title, com.vaadin.flow.component.Component... content) {
        Section section = new Section(new H2(title));
        section.add(content);
        section.addClassName("sa-studio__section");
        return section;
    }

    /** Asks the assistant about the article and shows its proposals, all undecided. */
    private void propose() {
        article.request().ifPresent(request -> {
            DraftEditor fresh = new DraftEditor(drafting.propose(request));
            editor = fresh;
            passages.show(fresh.proposals().paragraphs());
            var placeGrid = ProposalGrids.places(fresh.places, this::check);
            var actorGrid = ProposalGrids.actors(fresh.actors, this::check);
            var quoteGrid = ProposalGrids.quotes(fresh.quotes, () -> List.copyOf(fresh.acceptedActors().keySet()), this::check);
            IncidentForm form = new IncidentForm(fresh.incidents, () -> fresh.acceptedPlaces().keySet(), () -> fresh.acceptedActors().keySet(), fresh::offerFor,
                    this::check);
            incidents = form;
            proposals.removeAll();
            proposals.add(section("Places", placeGrid), section("Actors", actorGrid), section("Quotes", quoteGrid), section("Incidents", form));
            List<List<String>> speakers = new java.util.ArrayList<>(List.of(List.of()));
            refreshers = List.of(placeGrid::refreshStatuses, actorGrid::refreshStatuses, () -> {
                quoteGrid.refreshStatuses();
                // the speakers to choose from are the accepted actors; rows are made anew only when those change
                List<String> now = List.copyOf(fresh.acceptedActors().keySet());
                if (!now.equals(speakers.set(0, now))) {
                    quoteGrid.getDataProvider().refreshAll();
                }
            }, form::refresh);
            check();
        });
    }

    /** Writes the draft as it stands, loads it as the app would, and shows the problems where they belong and the map. */
    private void check() {
        DraftEditor current = editor;
        if (current == null) {
            return;
        }
        var draft = current.draft();
        DraftFiles written = writer.write(draft);
        files = written;
        DraftPreview checked = DraftPreview.of(loader, written);
        List<StoryProblem> left = article.show(current.place(checked));
        problems.removeAll();
        left.forEach(problem -> problems.add(new ListItem((problem.field().isEmpty() ? "" : problem.field() + ": ") + problem.message())));
        refreshers.forEach(Runnable::run);
        preview.removeAll();
        if (checked.story() != null) {
            StoryExplorer map = explorers.create(checked.story());
            preview.add(map);
            map.apply(MapState.EMPTY);
        } else {
            preview.add(new Paragraph("The map appears once the loader accepts the draft: see the problems above."));
        }
    }

    /** Saves into the stories directory; an existing story is replaced only after the editor confirms. */
    private void save(boolean replace) {
        DraftFiles written = files;
        DraftEditor current = editor;
        if (written == null || current == null) {
            status.setText("Propose first: there is no draft to save yet.");
            return;
        }
        String id = current.proposals().request().id();
        if (DraftPreview.of(loader, written).story() == null) {
            status.setText("The loader does not accept the draft yet; see the problems.");
            return;
        }
        try {
            if (!replace && stories.exists(id)) {
                ConfirmDialog confirm = new ConfirmDialog("Replace the story '" + id + "'?",
                        "A story with this id is in the stories directory. Its files are kept in the history, from where you can restore them.",
                        "Replace", e -> save(true));
                confirm.setCancelable(true);
                confirm.open();
                return;
            }
            stories.save(written, id, replace);
            status.setText("Saved. Readers see it at /stories/" + id + " within " + scanSeconds + " s.");
            showVersions();
        } catch (StudioException e) {
            status.setText(e.getMessage());
        }
    }

    private void showVersions() {
        String id = article.id.getValue().strip();
        List<String> kept = id.isEmpty() || stories.directory().isEmpty() ? List.of() : stories.versions(id);
        versions.setItems(kept);
        versions.setEnabled(!kept.isEmpty());
    }

    private void restore() {
        String version = versions.getValue();
        String id = article.id.getValue().strip();
        if (version == null || id.isEmpty()) {
            return;
        }
        try {
            stories.restore(id, version);
            status.setText("Restored the version of " + version + "; readers see it within " + scanSeconds + " s.");
            showVersions();
        } catch (StudioException e) {
            status.setText(e.getMessage());
        }
    }
}
