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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.storyatlas.base.Language;
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
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The drafting view at {@code /studio}, for signed-in editors: the article and its metadata, the
 * assistant's proposals to accept, edit or reject, incidents cited by selecting words, the readers' map
 * of the draft as it stands, and saving into the stories directory with a history to restore from. It speaks
 * German or English as the readers' views do ({@link Language#requested}); the article's language is the editor's choice.
 */
@Route(value = "studio", registerAtStartup = false)
@RolesAllowed(StudioProperties.ROLE)
class StudioView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Drafting drafting;
    private final StoryWriter writer;
    private final StoryLoader loader;
    private final StudioStories stories;
    private final Explorers explorers;
    private final long scanSeconds;

    private final AuthenticationContext signedIn;

    private @Nullable ArticleForm article;
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
        this.signedIn = signedIn;
        this.scanSeconds = Math.max(1, properties.scanInterval().toSeconds());
        addClassName("sa-studio");
    }

    /** Speaks the language the address asks for ({@code ?lang=de}) or the browser's, as the readers' views do; builds the view once. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getUI().setLocale(Language.requested(event.getLocation().getQueryParameters(), event.getUI().getLocale()));
        if (article == null) {
            build();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("studio.page-title");
    }

    private void build() {
        ArticleForm form = new ArticleForm();
        article = form;
        Button signOut = new Button(getTranslation("studio.sign-out"), e -> signedIn.logout());
        signOut.setId("studio-sign-out");
        Header header = new Header(new H1(getTranslation("studio.title")), new Paragraph(signedIn.getPrincipalName().orElse("")), signOut);
        header.addClassName("sa-studio__header");

        Button propose = new Button(getTranslation("studio.propose"), e -> propose());
        propose.setId("studio-propose");
        propose.addThemeVariants(ButtonVariant.PRIMARY);
        Button save = new Button(getTranslation("studio.save"), e -> save(false));
        save.setId("studio-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        versions.setId("studio-versions");
        versions.setLabel(getTranslation("studio.versions"));
        versions.setEmptySelectionAllowed(false);
        Button restore = new Button(getTranslation("studio.restore"), e -> restore());
        restore.setId("studio-restore");
        status.setId("studio-status");
        status.getElement().setAttribute("aria-live", "polite");
        problems.setId("studio-problems");
        preview.setId("studio-preview");
        preview.addClassName("sa-studio__preview");
        Div saving = new Div(save, versions, restore, status);
        saving.addClassName("sa-studio__save");

        add(header, section("studio.section.article", form, propose), section("studio.section.paragraphs", passages), proposals,
                section("studio.section.problems", problems), section("studio.section.preview", preview), section("studio.section.save", saving));
        passages.addSelectionListener(e -> {
            if (incidents != null) {
                incidents.cite(e.paragraph(), e.excerpt());
            }
        });
        form.id.addValueChangeListener(e -> showVersions());
    }

    private Section section(String titleKey, com.vaadin.flow.component.Component... content) {
        Section section = new Section(new H2(getTranslation(titleKey)));
        section.add(content);
        section.addClassName("sa-studio__section");
        return section;
    }

    /** Asks the assistant about the article and shows its proposals, all undecided. */
    private void propose() {
        Objects.requireNonNull(article).request().ifPresent(request -> {
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
            proposals.add(section("studio.section.places", placeGrid), section("studio.section.actors", actorGrid), section("studio.section.quotes", quoteGrid),
                    section("studio.section.incidents", form));
            refreshers = List.of(placeGrid::refreshStatuses, actorGrid::refreshStatuses, () -> {
                quoteGrid.refreshStatuses();
                // the speakers to choose from are the accepted actors
                quoteGrid.offerSpeakers(List.copyOf(fresh.acceptedActors().keySet()));
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
        List<StoryProblem> left = Objects.requireNonNull(article).show(current.place(checked));
        problems.removeAll();
        left.forEach(problem -> problems.add(new ListItem((problem.field().isEmpty() ? "" : problem.field() + ": ") + problem.message())));
        refreshers.forEach(Runnable::run);
        preview.removeAll();
        if (checked.story() != null) {
            StoryExplorer map = explorers.create(checked.story());
            preview.add(map);
            map.apply(MapState.EMPTY);
        } else {
            preview.add(new Paragraph(getTranslation("studio.preview.waiting")));
        }
    }

    /** Saves into the stories directory; an existing story is replaced only after the editor confirms. */
    private void save(boolean replace) {
        DraftFiles written = files;
        DraftEditor current = editor;
        if (written == null || current == null) {
            status.setText(getTranslation("studio.status.propose-first"));
            return;
        }
        String id = current.proposals().request().id();
        if (DraftPreview.of(loader, written).story() == null) {
            status.setText(getTranslation("studio.status.not-accepted"));
            return;
        }
        try {
            if (!replace && stories.exists(id)) {
                ConfirmDialog confirm = new ConfirmDialog(getTranslation("studio.replace.title", id), getTranslation("studio.replace.text"),
                        getTranslation("studio.replace.confirm"), e -> save(true));
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("studio.replace.cancel"));
                confirm.open();
                return;
            }
            stories.save(written, id, replace);
            status.setText(getTranslation("studio.status.saved", id, scanSeconds));
            showVersions();
        } catch (StudioException e) {
            status.setText(getTranslation(e.key(), e.arguments()));
        }
    }

    private void showVersions() {
        String id = Objects.requireNonNull(article).id.getValue().strip();
        List<String> kept = id.isEmpty() || stories.directory().isEmpty() ? List.of() : stories.versions(id);
        versions.setItems(kept);
        versions.setEnabled(!kept.isEmpty());
    }

    private void restore() {
        String version = versions.getValue();
        String id = Objects.requireNonNull(article).id.getValue().strip();
        if (version == null || id.isEmpty()) {
            return;
        }
        try {
            stories.restore(id, version);
            status.setText(getTranslation("studio.status.restored", version, scanSeconds));
            showVersions();
        } catch (StudioException e) {
            status.setText(getTranslation(e.key(), e.arguments()));
        }
    }
}
