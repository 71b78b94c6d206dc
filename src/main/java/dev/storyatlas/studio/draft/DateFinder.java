package dev.storyatlas.studio.draft;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the wordings that date something by weekday or relative to the day the article appeared ("am Montag",
 * "gestern", "on Friday", "yesterday") and resolves them against the publication date: a plain weekday is the
 * latest such day up to the publication day, as news use it.
 */
final class DateFinder {

    private static final Pattern GERMAN = Pattern.compile("(?iU)\\b((?:am|vom|seit|bis|(?:am )?(?:vergangenen|letzten|kommenden|nächsten))\\s+"
            + "(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)(?:abend|morgen|nachmittag|vormittag|mittag)?"
            + "|vorgestern|gestern|heute|übermorgen)\\b");
    private static final Pattern ENGLISH = Pattern.compile("(?iU)\\b((?:on|last|this|next|since|by)\\s+"
            + "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|the day before yesterday|yesterday|today|tomorrow)\\b");
    private static final Map<String, Integer> RELATIVE = Map.of("vorgestern", -2, "gestern", -1, "heute", 0, "übermorgen", 2,
            "the day before yesterday", -2, "yesterday", -1, "today", 0, "tomorrow", 1);

    private final boolean german;
    private final LocalDate published;
    private final List<DateProposal> dates = new ArrayList<>();

    DateFinder(boolean german, LocalDate published) {
        this.german = german;
        this.published = published;
    }

    /** Reads one sentence; call in article order. */
    void read(Sentence sentence) {
        Matcher m = (german ? GERMAN : ENGLISH).matcher(sentence.text());
        while (m.find()) {
            String wording = m.group(1);
            LocalDate date = resolve(wording, m.group(2));
            dates.add(new DateProposal(wording, date, resolvedFrom(wording, date), sentence.citation()));
        }
    }

    /** The wordings found so far, in article order. */
    List<DateProposal> dates() {
        return List.copyOf(dates);
    }

    private LocalDate resolve(String wording, String weekday) {
        if (weekday == null) {
            return published.plusDays(RELATIVE.get(wording.toLowerCase(Locale.ROOT)));
        }
        DayOfWeek day = dayOf(States.capitalise(weekday.toLowerCase(Locale.ROOT)));
        boolean ahead = wording.matches("(?iU).*\\b(kommenden|nächsten|next|bis|by)\\b.*");
        return ahead ? published.with(TemporalAdjusters.next(day)) : published.with(TemporalAdjusters.previousOrSame(day));
    }

    private DayOfWeek dayOf(String name) {
        Locale language = german ? Locale.GERMAN : Locale.ENGLISH;
        for (DayOfWeek day : DayOfWeek.values()) {
            if (name.equals(day.getDisplayName(TextStyle.FULL, language))) {
                return day;
            }
        }
        throw new IllegalArgumentException("no weekday " + name);
    }

    private String resolvedFrom(String wording, LocalDate date) {
        Locale language = german ? Locale.GERMAN : Locale.ENGLISH;
        String publishedDay = published.getDayOfWeek().getDisplayName(TextStyle.FULL, language);
        String day = date.getDayOfWeek().getDisplayName(TextStyle.FULL, language);
        if (german) {
            return "Aus „" + wording + "“ und dem Erscheinungstag des Artikels, " + publishedDay + ", "
                    + published.format(DateTimeFormatter.ofPattern("d.M.yyyy")) + ": " + day + ", "
                    + date.format(DateTimeFormatter.ofPattern("d.M.yyyy")) + ".";
        }
        return "From “" + wording + "” and the day the article appeared, " + publishedDay + " " + published + ": " + day + " " + date + ".";
    }
}
