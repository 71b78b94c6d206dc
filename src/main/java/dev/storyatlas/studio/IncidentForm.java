package dev.storyatlas.studio;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.storyatlas.story.Citation;
import dev.storyatlas.story.Claim;
import dev.storyatlas.story.ClaimKind;
import dev.storyatlas.story.WireNamed;
import dev.storyatlas.story.When;
import dev.storyatlas.studio.DraftEditor.IncidentRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Incidents the editor writes: a summary, the places and actors (of those accepted), and the citation,
 * which selecting words in a paragraph fills in (or the editor types: paragraph number and excerpt).
 * Selecting (or typing the citation) also offers the claim and date the assistant found in those words, for
 * the editor to keep, edit or clear; where the words hold several attributions, the editor chooses among them.
 * Added incidents are listed with the loader's problems and can be removed.
 */
class IncidentForm extends Div {

    private final TextField summary = new TextField();
    private final MultiSelectComboBox<String> places = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> actors = new MultiSelectComboBox<>();
    private final IntegerField paragraph = new IntegerField();
    private final TextArea excerpt = new TextArea();
    private final Select<Claim> claimOffer = new Select<>();
    private final MultiSelectComboBox<String> claimBy = new MultiSelectComboBox<>();
    private final Select<ClaimKind> claimHow = new Select<>();
    private final TextField attribution = new TextField();
    private final TextField whenWording = new TextField();
    private final DatePicker whenDate = new DatePicker();
    private final TextField resolvedFrom = new TextField();
    private final Grid<IncidentRow> list = new Grid<>();
    private final List<IncidentRow> rows;
    private final Runnable changed;
    private final Function<Citation, PassageOffer> offers;
    private final Supplier<Set<String>> actorIds;
    private PassageOffer offer = PassageOffer.NONE;

    IncidentForm(List<IncidentRow> rows, Supplier<Set<String>> placeIds, Supplier<Set<String>> actorIds, Function<Citation, PassageOffer> offers,
            Runnable changed) {
        this.rows = rows;
        this.changed = changed;
        this.offers = offers;
        this.actorIds = actorIds;
        addClassName("sa-studio-incident");
        summary.setLabel(getTranslation("studio.incident.summary"));
        places.setLabel(getTranslation("studio.incident.places"));
        actors.setLabel(getTranslation("studio.incident.actors"));
        paragraph.setLabel(getTranslation("studio.incident.paragraph"));
        excerpt.setLabel(getTranslation("studio.incident.excerpt"));
        claimBy.setLabel(getTranslation("studio.incident.claim-by"));
        attribution.setLabel(getTranslation("studio.incident.attribution"));
        whenWording.setLabel(getTranslation("studio.incident.when"));
        whenDate.setLabel(getTranslation("studio.incident.date"));
        resolvedFrom.setLabel(getTranslation("studio.incident.resolved-from"));
        summary.setId("incident-summary");
        summary.setWidthFull();
        places.setId("incident-places");
        actors.setId("incident-actors");
        paragraph.setId("incident-paragraph");
        paragraph.setMin(1);
        excerpt.setId("incident-excerpt");
        excerpt.setWidthFull();
        // the choices are the accepted places and actors at the moment the editor opens the list
        places.addFocusListener(e -> places.setItems(placeIds.get()));
        actors.addFocusListener(e -> actors.setItems(actorIds.get()));
        // typed or edited by hand, the citation gets the offer of the words it now holds
        paragraph.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                offer();
            }
        });
        excerpt.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                offer();
            }
        });
        claimOffer.setId("incident-claim-offer");
        claimOffer.setLabel(getTranslation("studio.incident.claim-offer"));
        claimOffer.setItemLabelGenerator(this::claimLabel);
        claimOffer.setItems(PassageOffer.OWN_VOICE);
        claimOffer.setValue(PassageOffer.OWN_VOICE);
        claimOffer.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                offer = offer.choose(e.getValue());
                fill(offer);
            }
        });
        claimBy.setId("incident-claim-by");
        claimBy.addFocusListener(e -> claimBy.setItems(actorIds.get()));
        claimHow.setId("incident-claim-how");
        claimHow.setLabel(getTranslation("studio.incident.claim-how"));
        claimHow.setItems(ClaimKind.values());
        claimHow.setItemLabelGenerator(WireNamed::wireName);
        claimHow.setValue(ClaimKind.REPORTED);
        claimHow.setHelperText(getTranslation("studio.incident.claim-how.helper"));
        attribution.setId("incident-attribution");
        attribution.setClearButtonVisible(true);
        whenWording.setId("incident-when-wording");
        whenWording.setClearButtonVisible(true);
        whenDate.setId("incident-when-date");
        whenDate.setClearButtonVisible(true);
        CalendarNames.speak(whenDate);
        resolvedFrom.setId("incident-resolved-from");
        resolvedFrom.setClearButtonVisible(true);
        // the article's words and how a date was found are sentences: room for them to be read and checked
        claimOffer.setWidth("min(100%, 32em)");
        attribution.setWidth("min(100%, 32em)");
        resolvedFrom.setWidth("min(100%, 48em)");
        Button add = new Button(getTranslation("studio.incident.add"), e -> add());
        add.setId("incident-add");
        list.setId("studio-incidents");
        list.setAllRowsVisible(true);
        list.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        list.addColumn(row -> row.summary).setHeader(getTranslation("studio.incident.summary")).setFlexGrow(2);
        list.addColumn(row -> "¶" + row.citation.paragraph() + ": " + row.citation.excerpt()).setHeader(getTranslation("studio.incident.column.citation"))
                .setFlexGrow(2);
        String by = getTranslation("studio.incident.by");
        list.addColumn(row -> claimAndDate(row, by)).setHeader(getTranslation("studio.incident.column.claim")).setFlexGrow(1);
        list.addComponentColumn(row -> {
            Div cell = new Div();
            row.problems.forEach(problem -> cell.add(new Span(problem)));
            cell.addClassName("sa-studio-problem");
            return cell;
        }).setHeader(getTranslation("studio.incident.column.problems")).setFlexGrow(1);
        list.addComponentColumn(row -> new Button(getTranslation("studio.incident.remove"), e -> {
            rows.remove(row);
            refresh();
            changed.run();
        })).setAutoWidth(true);
        Div fields = new Div(places, actors, paragraph);
        fields.addClassName("sa-studio-incident__fields");
        Div claim = new Div(claimOffer, claimBy, claimHow, attribution);
        claim.addClassName("sa-studio-incident__fields");
        Div when = new Div(whenWording, whenDate, resolvedFrom);
        when.addClassName("sa-studio-incident__fields");
        add(summary, fields, excerpt, claim, when, add, list);
    }

    /** Takes a selected passage as the citation of the incident being written, with the claim and date offered for it. */
    void cite(int paragraphNumber, String words) {
        paragraph.setValue(paragraphNumber);
        excerpt.setValue(words);
        offer();
    }

    /** Offers the claims and date of the citation as it stands: every attribution found there to choose from, the likeliest chosen. */
    private void offer() {
        Integer number = paragraph.getValue();
        String words = excerpt.getValue().strip();
        offer = number == null || words.isEmpty() ? PassageOffer.NONE
                : offers.apply(new Citation(number, words));
        List<Claim> choices = new ArrayList<>(offer.claims());
        choices.add(PassageOffer.OWN_VOICE);
        claimOffer.setItems(choices);
        claimOffer.setValue(offer.claim());
        claimOffer.setHelperText(offer.claims().size() > 1 ? getTranslation("studio.incident.claim-offer.helper", offer.claims().size()) : null);
        fill(offer);
    }

    /** Fills the claim and date fields with the offer's; the editor may still change them. */
    private void fill(PassageOffer shown) {
        claimBy.setItems(actorIds.get());
        claimBy.setValue(Set.copyOf(shown.claim().by()));
        claimHow.setValue(shown.claim().how());
        attribution.setValue(orEmpty(shown.claim().attribution()));
        whenWording.setValue(orEmpty(shown.when().wording()));
        whenDate.setValue(shown.when().date());
        resolvedFrom.setValue(orEmpty(shown.when().resolvedFrom()));
    }

    /** Shows the incidents as they are, with the problems of the last check. */
    void refresh() {
        list.setItems(new ArrayList<>(rows));
    }

    private void add() {
        boolean complete = !summary.getValue().isBlank() && paragraph.getValue() != null && !excerpt.getValue().isBlank();
        summary.setInvalid(summary.getValue().isBlank());
        summary.setErrorMessage(getTranslation("studio.incident.summary.missing"));
        excerpt.setInvalid(excerpt.getValue().isBlank() || paragraph.getValue() == null);
        excerpt.setErrorMessage(getTranslation("studio.incident.excerpt.missing"));
        if (!complete) {
            return;
        }
        rows.add(new IncidentRow(summary.getValue().strip(), List.copyOf(places.getSelectedItems()), List.copyOf(actors.getSelectedItems()),
                new Citation(paragraph.getValue(), excerpt.getValue().strip()), claim(), when()));
        summary.clear();
        places.clear();
        actors.clear();
        paragraph.clear();
        excerpt.clear();
        offer();
        claimBy.clear();
        claimHow.setValue(ClaimKind.REPORTED);
        attribution.clear();
        whenWording.clear();
        whenDate.clear();
        resolvedFrom.clear();
        changed.run();
        refresh();
    }

    /** The claim as the form gives it; a cleared "how" is the article's own report. */
    private Claim claim() {
        ClaimKind how = claimHow.getValue();
        return new Claim(claimBy.getSelectedItems().stream().sorted().toList(), how == null ? ClaimKind.REPORTED : how, orNull(attribution.getValue()));
    }

    /** The date as the form gives it; the loader says what is missing (a date needs its wording and what it was resolved from). */
    private When when() {
        return new When(orNull(whenWording.getValue()), whenDate.getValue(), orNull(resolvedFrom.getValue()));
    }

    /** An attribution to choose: how, the article's words, and whom the claimants are. */
    private String claimLabel(Claim claim) {
        return claim.attribution() == null ? getTranslation("studio.incident.own-voice", claim.how().wireName())
                : claim.how().wireName() + ": " + claim.attribution() + (claim.by().isEmpty() ? "" : " (" + String.join(", ", claim.by()) + ")");
    }

    private static String claimAndDate(IncidentRow row, String by) {
        String claim = row.claim.how().wireName() + (row.claim.by().isEmpty() ? "" : " " + by + " " + String.join(", ", row.claim.by()))
                + (row.claim.attribution() == null ? "" : " (" + row.claim.attribution() + ")");
        String when = row.when.wording() == null ? "" : "; " + row.when.wording() + (row.when.date() == null ? "" : " = " + row.when.date());
        return claim + when;
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static @Nullable String orNull(String text) {
        return text.isBlank() ? null : text.strip();
    }
}
