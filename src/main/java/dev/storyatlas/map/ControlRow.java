package dev.storyatlas.map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;

/**
 * One row of buttons that fold the filter and the timeline away on narrow screens, so that the map comes first:
 * each button discloses its sheet (aria-expanded, aria-controls). The style sheet shows the row and folds the
 * sheets only where the explorer is narrow; wide screens show both sheets as always.
 */
class ControlRow extends Div {

    /** The attribute a sheet has while its button has opened it; story-atlas.css shows folded sheets with it. */
    static final String OPEN = "data-open";

    /**
     * @param focusFilter   moves focus into the filter, for a reader who opened it by keyboard (the row's buttons
     *                      come before both sheets, so Tab alone would reach the other button first)
     * @param focusTimeline the same for the timeline, which has no button when it is hidden (a story without dates)
     */
    ControlRow(Component filterSheet, Runnable focusFilter, Component timeSheet, Runnable focusTimeline) {
        addClassName("sa-controls");
        Button filter = toggle(getTranslation("controls.filter"), filterSheet, focusFilter);
        filter.setId("filter-toggle");
        Button time = toggle(getTranslation("controls.time"), timeSheet, focusTimeline);
        time.setId("time-toggle");
        time.setVisible(timeSheet.isVisible());
        add(filter, time);
    }

    private static Button toggle(String text, Component sheet, Runnable focusSheet) {
        Button button = new Button(text);
        button.addClassName("sa-controls__toggle");
        button.getElement().setAttribute("aria-controls", sheet.getId().orElseThrow());
        button.getElement().setAttribute("aria-expanded", "false");
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
        return button;
    }
}
