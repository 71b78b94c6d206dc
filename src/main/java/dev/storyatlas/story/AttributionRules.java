package dev.storyatlas.story;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The desk's rules for who says what and when, so that the map credits no one the passage does not name:
 * a claimant or speaker named in the cited passage, an attribution that names the claimant, an assessment
 * that is someone's, a summary that keeps the excerpt's Konjunktiv, quotation marks only around direct speech, a date that is of what the item reports
 * rather than of the claim about it, and no day the article cannot know. The publisher is the article's
 * own voice and needs no naming. Skips what the {@link StoryValidator} already reports.
 */
final class AttributionRules {

    // words of an actor's name that say nothing about who it is
    private static final Set<String> FILLERS = Set.of("der", "die", "das", "den", "dem", "des", "und", "von", "vom", "für",
            "mit", "auf", "aus", "bei", "zum", "zur", "the", "and", "for");
    private static final Pattern QUOTED = Pattern.compile("„[^“”\"]*[“”\"]|“[^”]*”|\"[^\"]*\"|»[^«]*«|«[^»]*»");
    // a sentence that reports in Konjunktiv I ("seien … festgenommen worden") and the participles in it
    private static final Pattern KONJUNKTIV = Pattern.compile("(?iU)\\b(sei|seien|habe|hätten|wäre|wären)\\b");
    private static final Pattern PARTICIPLE = Pattern.compile("(?U)\\b\\p{L}*ge\\p{L}+(?:t|en)\\b");

    private final Story story;
    private final BiConsumer<String, String> problem;

    /** Rules for the story; {@code problem} takes a field path and a message. */
    AttributionRules(Story story, BiConsumer<String, String> problem) {
        this.story = story;
        this.problem = problem;
    }

    void check() {
        LocalDate notBefore = story.publishedNotBefore();
        if (notBefore != null && story.published() != null && !YearMonth.from(notBefore).equals(story.published())) {
            problem.accept("publishedNotBefore", "'" + notBefore + "' is not in the month the article gives as its date (" + story.published() + ")");
        }
        for (int i = 0; i < story.incidents().size(); i++) {
            Incident incident = story.incidents().get(i);
            if (incident != null) {
                checkIncident("incidents[" + i + "]", incident);
                checkDay("incidents[" + i + "]", incident);
            }
        }
        for (int i = 0; i < story.quotes().size(); i++) {
            Quote quote = story.quotes().get(i);
            if (quote != null) {
                checkQuote("quotes[" + i + "]", quote);
                checkDay("quotes[" + i + "]", quote);
            }
        }
    }

    private void checkIncident(String at, Incident incident) {
        Claim claim = incident.claim();
        if (claim == null) {
            return;
        }
        if (claim.how() == ClaimKind.ASSESSED && claim.by().isEmpty()) {
            problem.accept(at + ".claim.by", "an assessment is someone's: name who assesses (the publisher's own actor for the article's analysis)");
        }
        String excerpt = excerpt(incident);
        for (int k = 0; k < claim.by().size(); k++) {
            Optional<Actor> claimant = source(claim.by().get(k));
            if (excerpt != null && claimant.isPresent() && !names(excerpt, claimant.get())) {
                problem.accept(at + ".claim.by[" + k + "]", "'" + claimant.get().id() + "' (" + claimant.get().name()
                        + ") is not named in the cited passage: leave the source unnamed, or cite the passage that names it");
            }
        }
        List<Actor> claimants = claim.by().stream().map(this::source).flatMap(Optional::stream).toList();
        if (claim.attribution() != null && !claimants.isEmpty() && claimants.stream().noneMatch(actor -> names(claim.attribution(), actor))) {
            problem.accept(at + ".claim.attribution", "'" + claim.attribution() + "' names none of the claimants ("
                    + String.join(", ", claimants.stream().map(Actor::name).toList()) + "): give the words that attribute the claim to them");
        }
        checkMood(at, incident);
        When when = incident.when();
        if (when.date() != null && when.wording() != null && claim.attribution() != null && claim.attribution().contains(when.wording())) {
            problem.accept(at + ".when.date", "'" + when.wording() + "' stands in the attribution, so " + when.date()
                    + " is the day of the claim, not of what the item reports: leave the date out, or make the item the claimant's quote");
        }
    }

    /**
     * A summary must not turn what the cited paragraph reports in Konjunktiv into a fact: "seien …
     * festgenommen worden" is not "die festgenommenen Soldaten", even when the excerpt is the next sentence.
     * Catches the participle made an adjective.
     */
    private void checkMood(String at, Incident incident) {
        Citation citation = incident.citation();
        if (citation == null || incident.summary() == null || story.article() == null
                || citation.paragraph() < 1 || citation.paragraph() > story.article().paragraphs().size()) {
            return;
        }
        for (String sentence : story.article().paragraph(citation.paragraph()).split("(?<=[.!?])\\s+")) {
            if (!KONJUNKTIV.matcher(sentence).find()) {
                continue;
            }
            PARTICIPLE.matcher(sentence).results().map(m -> m.group()).distinct().forEach(participle -> {
                var adjective = Pattern.compile("(?iU)\\b" + Pattern.quote(participle) + "(e|en|er|es|em)\\b").matcher(incident.summary());
                if (adjective.find()) {
                    problem.accept(at + ".summary", "'" + adjective.group() + "' states as a fact what the article reports in Konjunktiv ('"
                            + participle + "' in: " + sentence.strip() + "): keep it a claim");
                }
            });
        }
    }

    private void checkQuote(String at, Quote quote) {
        String excerpt = excerpt(quote);
        if (excerpt == null || quote.text() == null || !excerpt.contains(quote.text())) {
            return;
        }
        Optional<Actor> speaker = quote.speaker() == null ? Optional.empty() : source(quote.speaker());
        if (speaker.isPresent() && !names(excerpt, speaker.get())) {
            problem.accept(at + ".speaker", "'" + speaker.get().id() + "' (" + speaker.get().name()
                    + ") is not named in the cited passage: cite the passage that names the speaker");
        }
        boolean quoted = QUOTED.matcher(excerpt).results().anyMatch(span -> span.group().contains(quote.text()));
        if (quote.speech() == Speech.DIRECT && !quoted) {
            problem.accept(at + ".speech", "direct speech, but the excerpt puts these words in no quotation marks: is it indirect speech?");
        } else if (quote.speech() == Speech.INDIRECT && quoted) {
            problem.accept(at + ".speech", "indirect speech, but the excerpt puts these words in quotation marks: that is direct speech");
        }
    }

    private void checkDay(String at, StoryItem item) {
        LocalDate date = item.when().date();
        if (date != null && story.published() != null && date.isAfter(story.published().atEndOfMonth())) {
            problem.accept(at + ".when.date", "'" + date + "' is after the article appeared (" + story.published() + "): it cannot report that day");
        }
    }

    /** The actor with this id unless it is the publisher, whose own voice needs no naming. */
    private Optional<Actor> source(@Nullable String actorId) {
        return story.actors().stream()
                .filter(actor -> actor != null && actor.id() != null && actor.id().equals(actorId) && actor.name() != null)
                .filter(actor -> !actor.name().equalsIgnoreCase(story.publisher()))
                .findFirst();
    }

    private static @Nullable String excerpt(StoryItem item) {
        return item.citation() == null ? null : item.citation().excerpt();
    }

    /**
     * Whether the text names the actor: a word of its name stands in the text as the start of a word, with
     * up to two letters of its ending left off ("Russischer" in "russischen"), in any case.
     */
    static boolean names(String text, Actor actor) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String word : actor.name().toLowerCase(Locale.ROOT).split("[\\s,;:()]+")) {
            if (word.length() < 3 || FILLERS.contains(word)) {
                continue;
            }
            String stem = word.substring(0, Math.max(3, word.length() - 2));
            if (Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(stem)).matcher(lower).find()) {
                return true;
            }
        }
        return false;
    }
}
