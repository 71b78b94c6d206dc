package dev.storyatlas.studio.draft;

import dev.storyatlas.story.ActorKind;
import dev.storyatlas.story.ClaimKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the phrases by which the article attributes what it reports: "laut …"/"according to …", a medium that
 * "schreibt"/"berichtet"/"reports", someone who "teilte … mit", "behauptet"/"claims", a denial that is none ("bestritt …
 * keineswegs"), and a bare "soll"/"sollen"/"allegedly" that names no source. The attribution is the article's
 * own words; the claimants are the actors those words name.
 */
final class ClaimFinder {

    private static final Pattern ACCORDING_TO_DE = Pattern.compile("(?U)\\b[Ll]aut\\s+((?:\\p{Ll}+\\s+){0,3}\\p{Lu}[\\p{L}.\\-]*(?:\\s+\\p{Lu}[\\p{L}.\\-]*){0,3})");
    private static final Pattern ACCORDING_TO_EN = Pattern.compile("(?U)\\b[Aa]ccording to\\s+([^,.;]{2,60})");
    private static final Pattern REPORTS_DE = Pattern.compile("(?U)\\b(schreibt|schrieb|berichtet|berichtete|meldet|meldete)\\b");
    private static final Pattern REPORTS_EN = Pattern.compile("(?U)\\b(reported|reports|wrote|writes)\\b");
    private static final Pattern CLAIMS = Pattern.compile("(?U)\\b(behauptet|behauptete|behaupten|behaupteten|claimed|claims|alleged|alleges)\\b");
    private static final Pattern NOT_DENIED = Pattern.compile("(?U)\\b(?:(?:nicht|keineswegs|nie)\\s+(?:bestritt|bestritten|dementierte))"
            + "|\\b(?:bestritt|dementierte)\\b[^.,;]*\\b(?:nicht|keineswegs)\\b|\\bdid not deny\\b");
    private static final Pattern ANNOUNCED = Pattern.compile("(?U)\\b(kündigte|angekündigt|announced)\\b");
    // "teilte das Unternehmen in Berlin mit": a statement, attributed by the words around the one who made it
    private static final Pattern STATED = Pattern.compile("(?U)\\b(?:teilte|teilten)\\s+(?:\\S+\\s+){1,6}?mit\\b");
    private static final Pattern UNNAMED = Pattern.compile("(?U)\\b(soll|sollen|allegedly|reportedly)\\b");
    // "ukrainischen Berichten", "Medienberichten": sources the article does not name
    private static final Pattern VAGUE_SOURCE = Pattern.compile("(?U)(Bericht|Berichten|Angaben|Medien|Quellen|Informationen|Kreisen|reports|sources|media)$");

    private static final int LONGEST_ATTRIBUTION = 10;

    private final ActorFinder actors;
    private final boolean german;
    private final List<ClaimProposal> claims = new ArrayList<>();

    ClaimFinder(ActorFinder actors, boolean german) {
        this.actors = actors;
        this.german = german;
    }

    /** Reads one sentence after the actors have. */
    void read(Sentence sentence) {
        String text = sentence.text();
        int before = claims.size();
        Matcher according = (german ? ACCORDING_TO_DE : ACCORDING_TO_EN).matcher(text);
        if (according.find()) {
            String phrase = text.substring(according.start(), according.end());
            List<String> by = VAGUE_SOURCE.matcher(according.group(1)).find() ? List.of() : named(sentence, according.start(), according.end());
            add(by, ClaimKind.REPORTED, phrase, sentence);
        }
        Matcher reports = (german ? REPORTS_DE : REPORTS_EN).matcher(text);
        if (reports.find()) {
            // the medium after the verb ("schreibt das Nachrichtenportal nv.ua") or before it ("Reuters reported")
            Optional<ActorFinder.Mention> after = actors.mentionsIn(sentence).stream().filter(m -> m.start() - sentence.start() > reports.end())
                    .filter(m -> actors.kindOf(m) == ActorKind.MEDIA).findFirst();
            Optional<ActorFinder.Mention> subject = after.isPresent() ? after : actors.mentionsIn(sentence).stream()
                    .filter(m -> m.end() - sentence.start() <= reports.start()).reduce((a, b) -> b);
            subject.ifPresent(m -> {
                int from = Math.min(reports.start(), m.start() - sentence.start());
                int to = Math.max(reports.end(), m.end() - sentence.start());
                add(List.of(m.actorId()), ClaimKind.REPORTED, text.substring(from, to), sentence);
            });
        }
        Matcher stated = STATED.matcher(text);
        if (german && stated.find()) {
            add(named(sentence, stated.start(), stated.end()), ClaimKind.STATED, stated.group(), sentence);
        }
        subjectVerb(sentence, CLAIMS.matcher(text), ClaimKind.CLAIMED);
        subjectVerb(sentence, NOT_DENIED.matcher(text), ClaimKind.NOT_DENIED);
        subjectVerb(sentence, ANNOUNCED.matcher(text), ClaimKind.ANNOUNCED);
        Matcher unnamed = UNNAMED.matcher(text);
        if (claims.size() == before && unnamed.find()) {
            add(List.of(), ClaimKind.CLAIMED, unnamed.group(1), sentence);
        }
    }

    /** The claims found so far, in article order. */
    List<ClaimProposal> claims() {
        return List.copyOf(claims);
    }

    /** "Südkoreas Nachrichtendienst hatte am Freitag behauptet": from the subject to the verb. */
    private void subjectVerb(Sentence sentence, Matcher verb, ClaimKind how) {
        if (!verb.find()) {
            return;
        }
        List<ActorFinder.Mention> before = actors.mentionsIn(sentence).stream().filter(m -> m.end() - sentence.start() <= verb.start()).toList();
        Optional<ActorFinder.Mention> subject = before.stream().filter(m -> actors.kindOf(m) != ActorKind.STATE).findFirst()
                .or(() -> before.stream().findFirst());
        if (subject.isEmpty()) {
            return;
        }
        int from = subject.get().start() - sentence.start();
        String phrase = sentence.text().substring(from, verb.end());
        if (phrase.split("\\s+").length > LONGEST_ATTRIBUTION) {
            // "Lloyd Austin ist derweil … angekündigt": the subject alone says whose it is
            phrase = sentence.text().substring(from, subject.get().end() - sentence.start());
        }
        if (how == ClaimKind.NOT_DENIED) {
            // the attribution is who did not deny, and where, not what: cut before the object and the negation
            phrase = phrase.replaceFirst("(?U)(\\s+(die|den|das|der|the)\\s+\\p{L}+)?\\s+(keineswegs|nicht|nie|did not)\\b.*$", "");
        }
        add(List.of(subject.get().actorId()), how, phrase.strip(), sentence);
    }

    private List<String> named(Sentence sentence, int from, int to) {
        return actors.mentionsIn(sentence).stream()
                .filter(m -> m.start() - sentence.start() >= from && m.end() - sentence.start() <= to)
                .map(ActorFinder.Mention::actorId).distinct().toList();
    }

    private void add(List<String> by, ClaimKind how, String attribution, Sentence sentence) {
        claims.add(new ClaimProposal(by, how, attribution, sentence.citation()));
    }
}
