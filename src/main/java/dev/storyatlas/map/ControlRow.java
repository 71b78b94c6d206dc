package dev.storyatlas.map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.jspecify.annotations.Nullable;

/**
 * One row of buttons that fold the filter and the timeline away on narrow screens, so that the map comes first:
 * each button discloses its sheet (aria-expanded, aria-controls) and shows whether its filter is set, so that a
 * reader who sees fewer pins sees why. The style sheet shows the row and folds the sheets only where the explorer
 * is narrow; wide screens show both sheets as always.
 */
class ControlRow extends Div {

    /** The attribute a sheet has while its button has opened it; story-atlas.css shows folded sheets with it. */
    static final String OPEN = "data-open";

    private final Toggle filter;
    private final Toggle time;

    /**
     * @param focusFilter   moves focus into the filter, for a reader who opened it by keyboard (the row's buttons
     *                      come before both sheets, so Tab alone would reach the other button first)
     * @param focusTimeline the same for the timeline, which has no button when it is hidden (a story without dates)
     */
    ControlRow(Component filterSheet, Runnable focusFilter, Component timeSheet, Runnable focusTimeline) {
        addClassName("sa-controls");
        filter = new Toggle("filter-toggle", getTranslation("controls.filter"), filterSheet, focusFilter);
        time = new Toggle("time-toggle", getTranslation("controls.time"), timeSheet, focusTimeline);
        time.button.setVisible(timeSheet.isVisible());
        add(filter.button, filter.state, time.button, time.state);
    }

    /** Marks the filter button while actors are chosen (with their number) and the time button while a range is set. */
    void showActive(int actors, @Nullable LocalDate from, @Nullable LocalDate to) {
        filter.show(String.valueOf(actors), actors > 0 ? getTranslation("controls.filter.active", actors) : null);
        time.show("", range(from, to));
    }

    /** The set range in words ("Only Oct 21, 2024", "Nur vom … bis …"), or null when every day shows. */
    private @Nullable String range(@Nullable LocalDate from, @Nullable LocalDate to) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        if (from != null && from.equals(to)) {
            return getTranslation("controls.time.day", from.format(format));
        } else if (from != null && to != null) {
            return getTranslation("controls.time.range", from.format(format), to.format(format));
        } else if (from != null) {
            return getTranslation("controls.time.from", from.format(format));
        } else if (to != null) {
            return getTranslation("controls.time.to", to.format(format));
        }
        return null;
    }

    /** A button that opens its sheet, with a mark while its filter is set and the same in words as its description. */
    private static final class Toggle {
        private final Button button;
        private final Span mark = new Span();
        // hidden, and still read as the button's description (aria-describedby reads hidden text)
        private final Span state = new Span();

        Toggle(String id, String text, Component sheet, Runnable focusSheet) {
            button = new Button(text);
            button.setId(id);
            button.addClassName("sa-controls__toggle");
            button.getElement().setAttribute("aria-controls", sheet.getId().orElseThrow());
            button.getElement().setAttribute("aria-expanded", "false");
            mark.addClassName("sa-controls__mark");
            mark.getElement().setAttribute("aria-hidden", "true");
            mark.setVisible(false);
            button.setSuffixComponent(mark);
            state.setId(id + "-state");
            state.getElement().setAttribute("hidden", true);
            sheet.addClassName("sa-sheet");
            button.addClickListener(e -> {
                boolean open = !sheet.getElement().hasAttribute(OPEN);
                sheet.getElement().setAttribute(OPEN, open);
                button.getElement().setAttribute("aria-expanded", String.valueOf(open));
                // a click by Enter or Space counts no clicks; a tap does not move focus, which would open a phone's keyboard
                if (open && e.getClickCount() == 0) {
                    focusSheet.run();
                }
            });
        }

        /** Shows the mark (its text, or a dot when empty) and the description while set; neither when description is null. */
        void show(String markText, @Nullable String description) {
            boolean set = description != null;
            mark.setText(set ? markText : "");
            mark.setVisible(set);
            state.setText(set ? description : "");
            if (set) {
                button.getElement().setAttribute("aria-describedby", state.getId().orElseThrow());
            } else {
                button.getElement().removeAttribute("aria-describedby");
            }
        }
    }
}
