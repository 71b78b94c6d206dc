package dev.storyatlas.studio.draft;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Finds the wordings that date something by weekday or relative to the day the article appeared ("am Montag",
 * "gestern", "on Friday", "yesterday") and resolves them against the publication date: a plain weekday is the
 * latest such day up to the publication day, as news use it. A wording that points back to an event ("nach dem
 * Telefonat", "after the call") gets the day of the paragraph's dated wording before it, marked as an inference.
 */
final class DateFinder {

    private static final Pattern GERMAN = Pattern.compile("(?iU)\\b((?:am|vom|seit|bis|(?:am )?(?:vergangenen|letzten|kommenden|nächsten))\\s+"
            + "(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)(?:abend|morgen|nachmittag|vormittag|mittag)?"
            + "|vorgestern|gestern|heute|übermorgen)\\b");
    private static final Pattern ENGLISH = Pattern.compile("(?iU)\\b((?:on|last|this|next|since|by)\\s+"
            + "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|the day before yesterday|yesterday|today|tomorrow)\\b");
    // "nach dem Telefonat", "after the call": the day of something the paragraph told before, which the wording only points back to
    private static final Pattern GERMAN_AFTER = Pattern.compile("(?iU)\\b(nach (?:dem|der|den|diesem|dieser|diesen) \\p{L}*?"
            + "(?:telefonat|telefongespräch|gespräch|gesprächen|treffen|anruf|sitzung|besuch|konferenz|gipfel|unterredung|begegnung"
            + "|beratung|beratungen|verhandlung|verhandlungen|abstimmung|rede|ansprache|anhörung|debatte|empfang|termin|visite))\\b");
    private static final Pattern ENGLISH_AFTER = Pattern.compile("(?iU)\\b(after (?:the|their|his|her|its|this|that) (?:\\p{L}+ )?"
            + "(?:call|meeting|talks|talk|summit|visit|conversation|session|conference|briefing|speech|vote|hearing|debate|reception))\\b");
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
        List<MatchResult> found = new ArrayList<>();
        (german ? GERMAN : ENGLISH).matcher(sentence.text()).results().forEach(found::add);
        (german ? GERMAN_AFTER : ENGLISH_AFTER).matcher(sentence.text()).results().forEach(found::add);
        found.sort(Comparator.comparingInt(MatchResult::start));
        for (MatchResult m : found) {
            String wording = m.group(1);
            if (m.groupCount() == 1) {
                afterEarlier(wording, sentence);
            } else {
                LocalDate date = resolve(wording, m.group(2));
                dates.add(new DateProposal(wording, date, resolvedFrom(wording, date), sentence.citation()));
            }
        }
    }

    /**
     * "nach dem Telefonat": the day of the nearest dated wording before it in the same paragraph, an inference the
     * editor is asked to check; nothing where the paragraph dated nothing before.
     */
    private void afterEarlier(String wording, Sentence sentence) {
        for (int i = dates.size() - 1; i >= 0; i--) {
            DateProposal earlier = dates.get(i);
            if (earlier.citation().paragraph() != sentence.paragraph()) {
                return;
            }
            if (earlier.date() != null) {
                dates.add(new DateProposal(wording, earlier.date(), inferredFrom(wording, earlier), sentence.citation()));
                return;
            }
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

    private String inferredFrom(String wording, DateProposal earlier) {
        Locale language = german ? Locale.GERMAN : Locale.ENGLISH;
        LocalDate date = Objects.requireNonNull(earlier.date());
        String day = date.getDayOfWeek().getDisplayName(TextStyle.FULL, language);
        if (german) {
            return "Erschlossen, nicht genannt: „" + wording + "“ nennt keinen Tag; angenommen ist der Tag von „" + earlier.wording()
                    + "“ weiter vorn im selben Absatz, " + day + ", " + date.format(DateTimeFormatter.ofPattern("d.M.yyyy"))
                    + ". Bitte prüfen, ob es derselbe Tag ist.";
        }
        return "Inferred, not stated: “" + wording + "” names no day; taken to be the day of “" + earlier.wording()
                + "” earlier in the same paragraph, " + day + " " + date + ". Please check that it is the same day.";
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
