package dev.storyatlas.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import dev.storyatlas.story.Story;
import dev.storyatlas.story.StoryItem;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The story's dated items on a small axis of days, each day with the article's own wording ("am
 * Freitag"). Choosing a day shows that day; choosing a second one shows the range between them.
 */
class Timeline extends Div {

    private static final String ALL_DAYS = "all";

    private final Choices dayList;
    private final Paragraph note = new Paragraph();
    private @Nullable LocalDate from;
    private @Nullable LocalDate to;

    Timeline(Story story) {
        addClassName("sa-timeline");
        setId("timeline");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-labelledby", "timeline-heading");
        // "all days" first, then one button per day; the day buttons' data-date holds the ISO date
        dayList = new Choices(getTranslation("timeline.heading"), "timeline-heading", "sa-chip sa-timeline__day", "date", true,
                id -> {
                    if (id.equals(ALL_DAYS)) {
                        choose(null, null);
                    } else {
                        chooseDay(LocalDate.parse(id));
                    }
                });
        note.addClassName("sa-timeline__note");
        add(dayList, note);
        setVisible(shows(story));
    }

    /** Whether a story has a timeline: only one with dated items does. */
    static boolean shows(Story story) {
        return story.items().stream().anyMatch(item -> item.when().date() != null);
    }

    /** The days with the given range marked, "all days" first (marked when there is no range), in the texts' language. */
    static Choices.Listing days(Story story, @Nullable LocalDate rangeFrom, @Nullable LocalDate rangeTo, Texts texts, JsonMapper json) {
        List<Choices.Entry> entries = new ArrayList<>();
        entries.add(new Choices.Entry(ALL_DAYS, texts.get("timeline.all"), rangeFrom == null && rangeTo == null));
        daysOf(story).forEach((day, items) -> entries.add(dayEntry(day, items, inRange(day, rangeFrom, rangeTo), texts)));
        return Choices.Listing.of(entries, json);
    }

    /** The story's dated items by day, in date order. */
    private static Map<LocalDate, List<StoryItem>> daysOf(Story story) {
        return story.items().stream()
                .filter(item -> item.when().date() != null)
                .collect(Collectors.groupingBy(item -> item.when().date(), TreeMap::new, Collectors.toList()));
    }

    /**
     * Shows the chosen range with its {@link #days days} and, while one is set, how many undated
     * items stay visible.
     */
    void show(@Nullable LocalDate rangeFrom, @Nullable LocalDate rangeTo, Choices.Listing dayEntries, int undatedKept) {
        this.from = rangeFrom;
        this.to = rangeTo;
        dayList.show(dayEntries);
        boolean ranged = rangeFrom != null || rangeTo != null;
        note.setText(ranged ? getTranslation("timeline.undated", undatedKept) : "");
        note.setVisible(ranged);
    }

    private static Choices.Entry dayEntry(LocalDate day, List<StoryItem> items, boolean on, Texts texts) {
        String wording = items.stream().map(item -> item.when().wording()).filter(Objects::nonNull).distinct()
                .collect(Collectors.joining(", "));
        String date = day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(texts.locale()));
        return new Choices.Entry(day.toString(), texts.get("timeline.day", date, wording, items.size()), on);
    }

    /** One day selects it; a second day extends to the range between; the single chosen day again clears. */
    private void chooseDay(LocalDate day) {
        boolean single = from != null && from.equals(to);
        if (single && day.equals(from)) {
            choose(null, null);
        } else if (single) {
            choose(day.isBefore(from) ? day : from, day.isBefore(from) ? from : day);
        } else {
            choose(day, day);
        }
    }

    private static boolean inRange(LocalDate day, @Nullable LocalDate from, @Nullable LocalDate to) {
        return (from != null || to != null) && (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    private void choose(@Nullable LocalDate newFrom, @Nullable LocalDate newTo) {
        fireEvent(new RangeEvent(this, newFrom, newTo));
    }

    Registration addRangeListener(ComponentEventListener<RangeEvent> listener) {
        return addListener(RangeEvent.class, listener);
    }

    /** The reader chose a range of days, or none (both null). */
    static class RangeEvent extends ComponentEvent<Timeline> {
        private final @Nullable LocalDate from;
        private final @Nullable LocalDate to;

        RangeEvent(Timeline source, @Nullable LocalDate from, @Nullable LocalDate to) {
            super(source, true);
            this.from = from;
            this.to = to;
        }

        @Nullable LocalDate from() {
            return from;
        }

        @Nullable LocalDate to() {
            return to;
        }
    }
}
