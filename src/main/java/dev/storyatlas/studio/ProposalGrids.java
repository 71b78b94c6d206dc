package dev.storyatlas.studio;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import dev.storyatlas.studio.DraftEditor.ActorRow;
import dev.storyatlas.studio.DraftEditor.Decision;
import dev.storyatlas.studio.DraftEditor.PlaceRow;
import dev.storyatlas.studio.DraftEditor.QuoteRow;
import dev.storyatlas.studio.DraftEditor.Row;
import dev.storyatlas.studio.draft.PlaceCandidate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The grids of the assistant's proposals: places, actors and quotes, one row each, with the passage it
 * cites, what the editor may change (the place meant, the actor's name, the speaker) and Accept/Reject
 * buttons, which are ordinary buttons for the keyboard (Tab, then Enter or Space). Every change runs
 * the given action, which checks the draft again.
 */
final class ProposalGrids {

    private ProposalGrids() {
    }

    static ProposalGrid<PlaceRow> places(List<PlaceRow> rows, Runnable changed) {
        ProposalGrid<PlaceRow> grid = grid("studio-places", rows);
        grid.addColumn(row -> row.proposal.name()).setHeader(grid.getTranslation("studio.grid.named-as")).setAutoWidth(true);
        grid.addComponentColumn(row -> candidate(grid, row, changed)).setHeader(grid.getTranslation("studio.grid.place-meant")).setFlexGrow(2);
        grid.addColumn(row -> "¶" + row.proposal.citation().paragraph()).setHeader(grid.getTranslation("studio.grid.paragraph")).setAutoWidth(true);
        decisionColumns(grid, changed);
        return grid;
    }

    static ProposalGrid<ActorRow> actors(List<ActorRow> rows, Runnable changed) {
        ProposalGrid<ActorRow> grid = grid("studio-actors", rows);
        grid.addComponentColumn(row -> {
            TextField name = new TextField();
            name.setValue(row.name);
            name.setAriaLabel(grid.getTranslation("studio.grid.name-of", row.proposal.name()));
            name.addValueChangeListener(e -> {
                row.name = e.getValue();
                changed.run();
            });
            return name;
        }).setHeader(grid.getTranslation("studio.grid.name")).setFlexGrow(2);
        grid.addColumn(row -> row.proposal.kind().wireName()).setHeader(grid.getTranslation("studio.grid.kind")).setAutoWidth(true);
        grid.addColumn(row -> String.join(", ", row.proposal.memberOf())).setHeader(grid.getTranslation("studio.grid.member-of")).setAutoWidth(true);
        decisionColumns(grid, changed);
        return grid;
    }

    static ProposalGrid<QuoteRow> quotes(List<QuoteRow> rows, Supplier<List<String>> actorIds, Runnable changed) {
        ProposalGrid<QuoteRow> grid = grid("studio-quotes", rows);
        grid.addColumn(row -> row.proposal.text()).setHeader(grid.getTranslation("studio.grid.words")).setFlexGrow(3);
        grid.addComponentColumn(row -> grid.speakers.computeIfAbsent(row, r -> {
            ComboBox<String> speaker = new ComboBox<>();
            offer(speaker, r, actorIds.get());
            speaker.setAriaLabel(grid.getTranslation("studio.grid.speaker-of", r.proposal.citation().paragraph()));
            // only the editor's choice counts: a speaker no longer offered stays the row's until the editor changes it
            speaker.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    r.speaker = e.getValue();
                    changed.run();
                }
            });
            return speaker;
        })).setHeader(grid.getTranslation("studio.grid.speaker")).setFlexGrow(1);
        grid.addColumn(row -> row.proposal.speech().wireName()).setHeader(grid.getTranslation("studio.grid.speech")).setAutoWidth(true);
        grid.addColumn(row -> "¶" + row.proposal.citation().paragraph()).setHeader(grid.getTranslation("studio.grid.paragraph")).setAutoWidth(true);
        decisionColumns(grid, changed);
        return grid;
    }

    /** Offers these actors as the quote's speaker, showing the row's speaker if it is among them. */
    private static void offer(ComboBox<String> speaker, QuoteRow row, List<String> actorIds) {
        speaker.setItems(actorIds);
        speaker.setValue(row.speaker != null && actorIds.contains(row.speaker) ? row.speaker : null);
    }

    private static <T extends Row> ProposalGrid<T> grid(String id, List<T> rows) {
        ProposalGrid<T> grid = new ProposalGrid<>();
        grid.setId(id);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        return grid;
    }

    /** The place the name means: a choice between the gazetteer's candidates when there are several. */
    private static Component candidate(Grid<?> grid, PlaceRow row, Runnable changed) {
        List<PlaceCandidate> candidates = row.proposal.candidates();
        if (candidates.size() <= 1) {
            return new Span(candidates.isEmpty() ? grid.getTranslation("studio.grid.not-in-gazetteer") : label(candidates.getFirst()));
        }
        ComboBox<PlaceCandidate> choice = new ComboBox<>();
        choice.setItems(candidates);
        choice.setItemLabelGenerator(ProposalGrids::label);
        choice.setValue(row.chosen);
        choice.setAriaLabel(grid.getTranslation("studio.grid.place-of", row.proposal.name()));
        choice.setHelperText(grid.getTranslation("studio.grid.candidates", candidates.size()));
        choice.addValueChangeListener(e -> {
            row.chosen = e.getValue();
            changed.run();
        });
        return choice;
    }

    private static String label(PlaceCandidate candidate) {
        return candidate.names().en() + " (" + candidate.kind().wireName() + ", " + candidate.context() + ")";
    }

    /**
     * The status with the loader's problems, and the Accept and Reject buttons. The cells are made once per
     * row and updated in place, so a button keeps the keyboard's focus after it was pressed.
     */
    private static <T extends Row> void decisionColumns(ProposalGrid<T> grid, Runnable changed) {
        Map<Row, Div> statuses = grid.statuses;
        grid.addComponentColumn(row -> statuses.computeIfAbsent(row, r -> {
            Div cell = new Div();
            cell.addClassName("sa-studio-status");
            grid.showStatus(cell, r);
            return cell;
        })).setHeader(grid.getTranslation("studio.grid.status")).setFlexGrow(1);
        grid.addComponentColumn(row -> {
            Button accept = new Button(grid.getTranslation("studio.accept"), e -> decide(row, Decision.ACCEPTED, changed));
            accept.addClassName("sa-studio-accept");
            accept.addThemeVariants(ButtonVariant.TERTIARY);
            Button reject = new Button(grid.getTranslation("studio.reject"), e -> decide(row, Decision.REJECTED, changed));
            reject.addClassName("sa-studio-reject");
            reject.addThemeVariants(ButtonVariant.TERTIARY);
            return new Div(accept, reject);
        }).setHeader(grid.getTranslation("studio.grid.decision")).setAutoWidth(true);
    }

    /** A grid of proposals whose status cells can be brought up to date without making its rows anew. */
    static final class ProposalGrid<T extends Row> extends Grid<T> {
        private final Map<Row, Div> statuses = new IdentityHashMap<>();
        private final Map<QuoteRow, ComboBox<String>> speakers = new IdentityHashMap<>();

        /** Shows every row's decision and problems as they are now. */
        void refreshStatuses() {
            statuses.forEach((row, cell) -> showStatus(cell, row));
        }

        /**
         * Offers the accepted actors as every quote's speaker, in the rows as they are: rows made anew would take
         * their buttons away under a click still on its way to the server, and the click would be lost.
         */
        void offerSpeakers(List<String> actorIds) {
            speakers.forEach((row, speaker) -> offer(speaker, row, actorIds));
        }

        private void showStatus(Div cell, Row row) {
            cell.removeAll();
            cell.add(new Span(getTranslation("studio.decision." + row.decision.name().toLowerCase(Locale.ROOT))));
            row.problems.forEach(problem -> {
                Span shown = new Span(problem);
                shown.addClassName("sa-studio-problem");
                cell.add(shown);
            });
        }
    }

    private static void decide(Row row, Decision decision, Runnable changed) {
        row.decision = decision;
        changed.run();
    }
}
