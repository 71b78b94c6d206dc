package dev.storyatlas.studio.draft;

import dev.storyatlas.story.ActorKind;
import dev.storyatlas.story.Citation;
import dev.storyatlas.story.Speech;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds what the article puts in someone's mouth: direct speech in quotation marks („…“, "…", “…”, «…», »…«)
 * and indirect speech (German Konjunktiv I after a verb of saying, a demand with "zu", "spricht von …"; in
 * English "said that …"). The speaker is the actor the sentence names beside the quote; where it names none,
 * the sentence before it in the paragraph joins the excerpt, so that the excerpt names the speaker.
 */
final class QuoteFinder {

    private static final Pattern QUOTED = Pattern.compile("„([^“”\"]*)[“”\"]|“([^”]*)”|\"([^\"]*)\"|»([^«]*)«|«([^»]*)»");
    // Konjunktiv I of the verbs news report with, and any verb at the end of a "dass" clause that ends in -e
    private static final Pattern KONJUNKTIV = Pattern.compile("(?U)\\b(sei|seien|habe|werde|könne|müsse|solle|wolle|dürfe|gebe|stehe)\\b");
    // a "dass" clause up to its last word, never across another "dass": the one with the reported words
    private static final Pattern DASS_CLAUSE = Pattern.compile("(?U)\\bdass\\s(?:(?!\\bdass\\b).)*?\\s(\\p{Ll}+e)(?=[.;!?]?$|,\\s)");
    private static final Pattern DEMAND = Pattern.compile("(?U)\\b(aufgefordert|aufgerufen|gefordert|forderte[^,]*auf|appellierte[^,]*),\\s+([^,;]*zu[^,;]*?en)[.;!?]?$");
    private static final Pattern SPEAKS_OF = Pattern.compile("(?U)\\b(?:spricht|sprach|sprechen)\\s+(von\\s[^.;!?]+)");
    private static final Pattern ENGLISH_SAID = Pattern.compile("(?U)\\b(?:said|says|told|stated|claimed|warned|argued)(?:\\s+\\p{L}+){0,3}?\\s+(that\\s[^.;!?“”\"]+)");
    // "Dort habe man … gewartet, sagte Bürgermeister Ulrich": the reported words come first
    private static final Pattern KONJUNKTIV_FIRST = Pattern.compile("(?U)^([^,]*\\b(?:sei|seien|habe|hätten|werde|könne|müsse|solle|wolle)\\b[^„“\"]*?),\\s+(?:sagte|sagt|erklärte|betonte|so|meinte|warnte|schreibt|schrieb|berichtet|berichtete)\\b");
    private static final int FEWEST_WORDS = 4;

    private final ActorFinder actors;
    private final boolean german;
    private final List<QuoteProposal> quotes = new ArrayList<>();

    QuoteFinder(ActorFinder actors, boolean german) {
        this.actors = actors;
        this.german = german;
    }

    /** Reads one sentence after the actors have; {@code previous} is the sentence before it in the paragraph, if any. */
    void read(Sentence sentence, @Nullable Sentence previous, String paragraph) {
        Matcher quoted = QUOTED.matcher(sentence.text());
        boolean direct = false;
        while (quoted.find()) {
            int group = 1;
            while (quoted.group(group) == null) {
                group++;
            }
            String text = quoted.group(group).strip().replaceFirst(",$", "");
            if (text.split("\\s+").length < FEWEST_WORDS) {
                continue;
            }
            direct = true;
            int from = sentence.start() + quoted.start();
            int to = sentence.start() + quoted.end();
            add(text, Speech.DIRECT, sentence, previous, paragraph, from, to);
        }
        if (direct) {
            return;
        }
        indirect(sentence).ifPresent(text -> {
            int at = sentence.start() + sentence.text().indexOf(text);
            add(text, Speech.INDIRECT, sentence, previous, paragraph, at, at + text.length());
        });
    }

    /** The quotes found so far, in article order. */
    List<QuoteProposal> quotes() {
        return List.copyOf(quotes);
    }

    private Optional<String> indirect(Sentence sentence) {
        String text = sentence.text();
        if (!german) {
            Matcher said = ENGLISH_SAID.matcher(text);
            return said.find() ? Optional.of(said.group(1).strip()) : Optional.empty();
        }
        Matcher speaks = SPEAKS_OF.matcher(text);
        if (speaks.find()) {
            return Optional.of(speaks.group(1).strip());
        }
        Matcher first = KONJUNKTIV_FIRST.matcher(text);
        if (first.find()) {
            return Optional.of(first.group(1).strip());
        }
        Matcher demand = DEMAND.matcher(text);
        if (demand.find()) {
            return Optional.of(demand.group(2).strip());
        }
        boolean saying = Token.of(sentence).stream().anyMatch(t -> Lexicon.GERMAN.sayingVerbs().contains(t.text().toLowerCase(Locale.ROOT)));
        if (!saying) {
            return Optional.empty();
        }
        Matcher clause = DASS_CLAUSE.matcher(text);
        String found = null;
        while (clause.find()) {
            String candidate = text.substring(clause.start(), clause.end(1));
            if (KONJUNKTIV.matcher(candidate).find() || !clause.group(1).endsWith("te")) {
                found = candidate;
            }
        }
        return Optional.ofNullable(found);
    }

    private void add(String text, Speech speech, Sentence sentence, @Nullable Sentence previous, String paragraph, int from, int to) {
        Optional<ActorFinder.Mention> speaker = speaker(sentence, from, to, speech);
        Citation citation = sentence.citation();
        if (speaker.isEmpty() && previous != null) {
            speaker = speaker(previous, -1, -1, speech).filter(m -> actors.kindOf(m) == ActorKind.PERSON);
            if (speaker.isPresent()) {
                citation = new Citation(sentence.paragraph(), paragraph.substring(previous.start(), sentence.end()));
            }
        }
        // what a medium writes is a report, proposed as a claim, not a quote
        if (speaker.isPresent() && actors.kindOf(speaker.get()) == ActorKind.MEDIA) {
            return;
        }
        quotes.add(new QuoteProposal(text, speaker.map(ActorFinder.Mention::actorId).orElse(null), speech, citation));
    }

    /**
     * Who speaks: for direct speech a person the sentence names outside the quoted words, else any actor it
     * names there; for indirect speech the first actor (the subject); states and alliances only where the
     * sentence names no one else. The first one before the words, else the nearest after them ("…“, sagte Yoon").
     */
    private Optional<ActorFinder.Mention> speaker(Sentence sentence, int from, int to, Speech speech) {
        List<ActorFinder.Mention> outside = actors.mentionsIn(sentence).stream()
                .filter(m -> m.end() <= from || m.start() >= to)
                .toList();
        Comparator<ActorFinder.Mention> order = Comparator.comparingInt(m -> m.end() <= from ? m.start() - sentence.end() : m.start());
        Optional<ActorFinder.Mention> person = outside.stream().filter(m -> actors.kindOf(m) == ActorKind.PERSON).min(order);
        if (person.isPresent() && speech == Speech.DIRECT) {
            return person;
        }
        // a state or alliance speaks only where the sentence names no one else ("NATO Secretary General Mark Rutte said")
        Optional<ActorFinder.Mention> someone = outside.stream().filter(m -> actors.kindOf(m) != ActorKind.STATE && actors.kindOf(m) != ActorKind.ALLIANCE).min(order);
        return someone.isPresent() ? someone : outside.stream().min(order);
    }
}
