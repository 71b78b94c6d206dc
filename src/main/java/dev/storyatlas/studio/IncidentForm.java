package dev.storyatlas.studio;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.storyatlas.story.Citation;
import dev.storyatlas.studio.DraftEditor.IncidentRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Incidents the editor writes: a summary, the places and actors (of those accepted), and the citation,
 * which selecting words in a paragraph fills in (or the editor types: paragraph number and excerpt).
 * Added incidents are listed with the loader's problems and can be removed.
 */
class IncidentForm extends Div {

    private final TextField summary = new TextField("Summary");
    private final MultiSelectComboBox<String> places = new MultiSelectComboBox<>("Places");
    private final MultiSelectComboBox<String> actors = new MultiSelectComboBox<>("Actors");
    private final IntegerField paragraph = new IntegerField("Paragraph");
    private final TextArea excerpt = new TextArea("Excerpt (select words in a paragraph)");
    private final Grid<IncidentRow> list = new Grid<>();
    private final List<IncidentRow> rows;
    private final Runnable changed;

    IncidentForm(List<IncidentRow> rows, Supplier<Set<String>> placeIds, Supplier<Set<String>> actorIds, Runnable changed) {
        this.rows = rows;
        this.changed = changed;
        addClassName("sa-studio-incident");
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
        Button add = new Button("Add incident", e -> add());
        add.setId("incident-add");
        list.setId("studio-incidents");
        list.setAllRowsVisible(true);
        list.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        list.addColumn(row -> row.summary).setHeader("Summary").setFlexGrow(2);
        list.addColumn(row -> "¶" + row.citation.paragraph() + ": " + row.citation.excerpt()).setHeader("Citation").setFlexGrow(2);
        list.addComponentColumn(row -> {
            Div cell = new Div();
            row.problems.forEach(problem -> cell.add(new Span(problem)));
            cell.addClassName("sa-studio-problem");
            return cell;
        }).setHeader("Problems").setFlexGrow(1);
        list.addComponentColumn(row -> new Button("Remove", e -> {
            rows.remove(row);
            refresh();
            changed.run();
        })).setAutoWidth(true);
        Div fields = new Div(places, actors, paragraph);
        fields.addClassName("sa-studio-incident__fields");
        add(summary, fields, excerpt, add, list);
    }

    /** Takes a selected passage as the citation of the incident being written. */
    void cite(int paragraphNumber, String words) {
        paragraph.setValue(paragraphNumber);
        excerpt.setValue(words);
    }

    /** Shows the incidents as they are, with the problems of the last check. */
    void refresh() {
        list.setItems(new ArrayList<>(rows));
    }

    private void add() {
        boolean complete = !summary.getValue().isBlank() && paragraph.getValue() != null && !excerpt.getValue().isBlank();
        summary.setInvalid(summary.getValue().isBlank());
        summary.setErrorMessage("what happened, in the article's language");
        excerpt.setInvalid(excerpt.getValue().isBlank() || paragraph.getValue() == null);
        excerpt.setErrorMessage("select the words of the article that tell it");
        if (!complete) {
            return;
        }
        rows.add(new IncidentRow(summary.getValue().strip(), List.copyOf(places.getSelectedItems()), List.copyOf(actors.getSelectedItems()),
                new Citation(paragraph.getValue(), excerpt.getValue().strip())));
        summary.clear();
        places.clear();
        actors.clear();
        paragraph.clear();
        excerpt.clear();
        changed.run();
        refresh();
    }
}
