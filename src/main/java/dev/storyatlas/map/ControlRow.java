package dev.storyatlas.map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.Uses;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.jspecify.annotations.Nullable;

/**
 * One row of buttons that fold the filter and the timeline away on narrow screens, so that the map comes first:
 * each button discloses its sheet (aria-expanded, aria-controls) and shows whether its filter is set, so that a
 * reader who sees fewer pins sees why. The style sheet shows the row and folds the sheets only where the explorer
 * is narrow; wide screens show both sheets as always.
 *
 * <p>The browser draws the buttons and opens and closes the sheets ({@code frontend/control-row.ts}): a sheet
 * opens without a round trip, and the server keeps one element for the row, where a component per button and mark
 * cost an open reader a fifth more server memory.
 */
@Tag(ControlRow.TAG)
@JsModule("./control-row.ts")
@Uses(Button.class)
final class ControlRow extends Component {

    /** The element's tag; frontend/names.ts has it as CONTROLS_TAG. */
    static final String TAG = "sa-controls";

    /** The sheets need ids, which the buttons name in aria-controls; the timeline has no button when it is hidden (a story without dates). */
    ControlRow(Component filterSheet, Component timeSheet) {
        getElement().getClassList().add("sa-controls");
        fold("filter", getTranslation("controls.filter"), filterSheet);
        if (timeSheet.isVisible()) {
            fold("time", getTranslation("controls.time"), timeSheet);
        }
    }

    private void fold(String toggle, String label, Component sheet) {
        sheet.getElement().getClassList().add("sa-sheet");
        getElement().setAttribute(toggle + "-label", label);
        getElement().setAttribute(toggle + "-sheet", sheet.getId().orElseThrow());
    }

    /** Marks the filter button while actors are chosen (with their number) and the time button while a range is set. */
    void showActive(int actors, @Nullable LocalDate from, @Nullable LocalDate to) {
        show("filter", String.valueOf(actors), actors > 0 ? getTranslation("controls.filter.active", actors) : null);
        show("time", "", range(from, to));
    }

    /** Shows the mark (its text, or a dot when empty) and the description while set; neither when description is null. */
    private void show(String toggle, String markText, @Nullable String description) {
        if (description == null) {
            getElement().removeAttribute(toggle + "-mark");
            getElement().removeAttribute(toggle + "-state");
        } else {
            getElement().setAttribute(toggle + "-mark", markText);
            getElement().setAttribute(toggle + "-state", description);
        }
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
}
