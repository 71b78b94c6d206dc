package dev.storyatlas.studio;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import dev.storyatlas.studio.draft.Paragraph;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The article's paragraphs, numbered as the loader counts them. Selecting text in one of them (with the
 * mouse or the keyboard) raises an {@link ExcerptSelected} with the paragraph and the words selected,
 * which become an incident's citation; a selection beyond one paragraph is ignored. The text is set as
 * text, never as HTML.
 */
class PassageList extends Div {

    private static final String SELECTION = "window.getSelection().toString()";
    private static final String PARAGRAPH = "(window.getSelection().anchorNode?.parentElement?.closest('[data-paragraph]')"
            + "?.getAttribute('data-paragraph')) ?? ''";

    private Map<Integer, Paragraph> paragraphs = Map.of();

    PassageList() {
        addClassName("sa-studio-passages");
        setId("studio-paragraphs");
        for (String type : List.of("mouseup", "keyup")) {
            getElement().addEventListener(type, event -> selected(event.getEventData().path(PARAGRAPH).asString(""), event.getEventData().path(SELECTION).asString("")))
                    .addEventData(SELECTION).addEventData(PARAGRAPH);
        }
    }

    void show(List<Paragraph> shown) {
        removeAll();
        paragraphs = shown.stream().collect(Collectors.toMap(Paragraph::number, Function.identity()));
        for (Paragraph paragraph : shown) {
            Span number = new Span(String.valueOf(paragraph.number()));
            number.addClassName("sa-studio-passages__number");
            Span text = new Span(paragraph.text());
            text.addClassName("sa-studio-passages__text");
            // the studio has no style sheet of its own (none in the front-end bundles): the number stands apart from the text
            number.getStyle().set("flex", "0 0 2em").set("text-align", "right").set("font-weight", "600");
            Div row = new Div(number, text);
            row.getStyle().set("display", "flex").set("gap", "0.75em").set("margin-bottom", "0.6em");
            // on the row: a selection starts in the text's node, or at the text's element itself
            row.getElement().setAttribute("data-paragraph", String.valueOf(paragraph.number()));
            row.addClassName(paragraph.heading() ? "sa-studio-passages__heading" : "sa-studio-passages__paragraph");
            add(row);
        }
    }

    Registration addSelectionListener(ComponentEventListener<ExcerptSelected> listener) {
        return addListener(ExcerptSelected.class, listener);
    }

    private void selected(String paragraphNumber, String selection) {
        String excerpt = selection.strip();
        Paragraph paragraph = paragraphNumber.matches("[0-9]{1,6}") ? paragraphs.get(Integer.parseInt(paragraphNumber)) : null;
        if (paragraph != null && !excerpt.isEmpty() && paragraph.text().contains(excerpt)) {
            fireEvent(new ExcerptSelected(this, paragraph.number(), excerpt));
        }
    }

    /** The editor selected words of one paragraph. */
    static final class ExcerptSelected extends ComponentEvent<PassageList> {
        private final int paragraph;
        private final String excerpt;

        ExcerptSelected(PassageList source, int paragraph, String excerpt) {
            super(source, true);
            this.paragraph = paragraph;
            this.excerpt = excerpt;
        }

        int paragraph() {
            return paragraph;
        }

        String excerpt() {
            return excerpt;
        }
    }
}
