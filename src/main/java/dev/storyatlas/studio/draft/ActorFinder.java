package dev.storyatlas.studio.draft;

import dev.storyatlas.story.ActorKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Finds the actors of an article, sentence by sentence: states by name, alliances, people after a role word
 * ("Präsident Yoon Suk Yeol") and later by their surname ("sagte Yoon"), institutions, media and groups with
 * the state the text ties them to ("Südkoreas Außenministerium", "die russische Botschaft", "nordkoreanische
 * Soldaten"). Keeps every mention, so that quotes and claims can find who speaks.
 */
final class ActorFinder {

    /** Where a sentence names an actor. */
    record Mention(String actorId, int paragraph, int start, int end) {
    }

    private final States states;
    private final Lexicon lexicon;
    private final boolean german;
    private final String publisher;
    private final Map<String, ActorProposal> actors = new LinkedHashMap<>();
    private final List<Mention> mentions = new ArrayList<>();

    ActorFinder(States states, String publisher) {
        this.states = states;
        this.german = states.german();
        this.lexicon = Lexicon.of(german);
        this.publisher = publisher;
    }

    /** Reads one sentence; call in article order. */
    void read(Sentence sentence) {
        List<Token> tokens = Token.of(sentence);
        List<States.Mention> stateMentions = states.in(sentence.text()).stream()
                .map(m -> new States.Mention(m.state(), m.start() + sentence.start(), m.end() + sentence.start(), m.form()))
                .toList();
        for (States.Mention m : stateMentions) {
            if (m.form() != States.Form.ADJECTIVE) {
                stateMention(sentence, m.state(), m.start(), m.end());
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String alliance = alliance(token);
            if (alliance != null) {
                add(sentence, new ActorProposal(lexicon.alliances().get(alliance), alliance, ActorKind.ALLIANCE, List.of(), List.of(),
                        sentence.citation()), token.start(), token.end());
            }
            if (token.text().equalsIgnoreCase(publisher)) {
                add(sentence, new ActorProposal(Slugs.of(publisher), publisher, ActorKind.MEDIA, List.of(), List.of(), sentence.citation()),
                        token.start(), token.end());
            }
            if (!token.capitalised() && german) {
                knownPerson(sentence, tokens, i);
                continue;
            }
            States.@Nullable Mention before = stateBefore(stateMentions, tokens, i);
            if (Lexicon.endingIn(token.text(), lexicon.roles()) != null) {
                person(sentence, tokens, i, before);
            } else if (Lexicon.endingIn(token.text(), lexicon.institutions()) != null) {
                institution(sentence, token, before);
            } else if (Lexicon.endingIn(token.text(), lexicon.media()) != null && i + 1 < tokens.size()) {
                Token name = tokens.get(i + 1);
                if (name.text().contains(".") || name.capitalised()) {
                    add(sentence, new ActorProposal(Slugs.of(name.text()), name.text(), ActorKind.MEDIA, List.of(token.text()), List.of(),
                            sentence.citation()), name.start(), name.end());
                }
            } else if (lexicon.groups().contains(token.text().toLowerCase(Locale.ROOT)) && before != null
                    && before.form() == States.Form.ADJECTIVE) {
                String name = States.capitalise(nominative(sentence, before)) + " " + token.text();
                String id = Slugs.of(before.state().englishAdjective()) + "-" + lexicon.english(token.text());
                add(sentence, new ActorProposal(id, name, ActorKind.GROUP, List.of(), List.of(state(sentence, before.state())), sentence.citation()),
                        before.start(), token.end());
            } else {
                knownPerson(sentence, tokens, i);
                genitivePerson(sentence, tokens, i);
            }
        }
    }

    /** The actors found so far, in the order the article first names them. */
    List<ActorProposal> actors() {
        return List.copyOf(actors.values());
    }

    /** Where the sentence names people: spans in its paragraph. */
    List<int[]> people(Sentence sentence) {
        return mentionsIn(sentence).stream()
                .filter(m -> kindOf(m) == ActorKind.PERSON)
                .map(m -> new int[] {m.start(), m.end()})
                .toList();
    }

    /** The mentions within the sentence, in order. */
    List<Mention> mentionsIn(Sentence sentence) {
        return mentions.stream()
                .filter(m -> m.paragraph() == sentence.paragraph() && m.start() >= sentence.start() && m.end() <= sentence.end())
                .toList();
    }

    /** The kind of actor the mention names. */
    ActorKind kindOf(Mention mention) {
        return actors.get(mention.actorId()).kind();
    }

    Optional<ActorProposal> actor(String id) {
        return Optional.ofNullable(actors.get(id));
    }

    private @Nullable String alliance(Token token) {
        if (lexicon.alliances().containsKey(token.text())) {
            return token.text();
        }
        return lexicon.alliances().containsKey(token.prefix()) ? token.prefix() : null;
    }

    private void person(Sentence sentence, List<Token> tokens, int i, States.@Nullable Mention before) {
        Token role = tokens.get(i);
        List<String> memberOf = new ArrayList<>();
        String prefix = role.prefix();
        if (lexicon.alliances().containsKey(prefix)) {
            memberOf.add(lexicon.alliances().get(prefix));
        } else if (!prefix.isEmpty()) {
            states.in(prefix).stream().findFirst().ifPresent(m -> memberOf.add(state(sentence, m.state())));
        }
        if (before != null && memberOf.isEmpty()) {
            memberOf.add(state(sentence, before.state()));
        }
        int j = i + 1;
        List<Token> name = new ArrayList<>();
        while (j < tokens.size() && name.size() < 3 && isNameWord(tokens.get(j))) {
            name.add(tokens.get(j++));
        }
        if (!name.isEmpty()) {
            String full = String.join(" ", name.stream().map(Token::text).toList());
            add(sentence, new ActorProposal(Slugs.of(full), full, ActorKind.PERSON, List.of(role.text()), memberOf, sentence.citation()),
                    name.getFirst().start(), name.getLast().end());
        } else if (before != null && before.form() == States.Form.ADJECTIVE && german) {
            // "den russischen Botschafter": the person is named by office only
            String roleWord = role.text();
            String full = States.capitalise(stem(sentence, before)) + "er " + roleWord;
            String id = Slugs.of(before.state().englishAdjective()) + "-" + lexicon.english(roleWord);
            add(sentence, new ActorProposal(id, full, ActorKind.PERSON, List.of(roleWord), memberOf, sentence.citation()), before.start(), role.end());
        }
    }

    private void institution(Sentence sentence, Token token, States.@Nullable Mention before) {
        String prefix = token.prefix();
        Optional<States.State> prefixState = prefix.isEmpty() ? Optional.empty() : states.in(prefix).stream().findFirst().map(States.Mention::state);
        if (before != null) {
            String written = before.form() == States.Form.ADJECTIVE
                    ? States.capitalise(nominative(sentence, before)) + " " + token.text()
                    : sentence.text().substring(before.start() - sentence.start(), token.end() - sentence.start());
            String owner = before.form() == States.Form.ADJECTIVE ? Slugs.of(before.state().englishAdjective()) : before.state().id();
            String what = german ? lexicon.english(token.text()) : Slugs.of(sentence.text().substring(before.end() - sentence.start(), token.end() - sentence.start()));
            add(sentence, new ActorProposal(owner + "-" + what, written, ActorKind.INSTITUTION, List.of(),
                    List.of(state(sentence, before.state())), sentence.citation()), before.start(), token.end());
        } else if (prefixState.isPresent()) {
            add(sentence, new ActorProposal(prefixState.get().id() + "-" + lexicon.english(token.text().substring(prefix.length() + 1)), token.text(),
                    ActorKind.INSTITUTION, List.of(), List.of(state(sentence, prefixState.get())), sentence.citation()), token.start(), token.end());
        }
    }

    /** A surname of someone already found ("sagte Yoon", "Rutte spricht"). */
    private void knownPerson(Sentence sentence, List<Token> tokens, int i) {
        Token token = tokens.get(i);
        String word = german && token.text().endsWith("s") ? token.text().substring(0, token.text().length() - 1) : token.text();
        actors.values().stream()
                .filter(a -> a.kind() == ActorKind.PERSON && a.name().contains(" "))
                .filter(a -> List.of(a.name().split(" ")).stream().anyMatch(part -> part.length() >= 3 && (part.equals(token.text()) || part.equals(word))))
                .findFirst()
                .ifPresent(a -> mentions.add(new Mention(a.id(), sentence.paragraph(), token.start(), token.end())));
    }

    /** "für Putins Angriffskrieg": a name in the genitive before a noun, where no article stands before it. */
    private void genitivePerson(Sentence sentence, List<Token> tokens, int i) {
        if (!german || i == 0 || i + 1 >= tokens.size()) {
            return;
        }
        Token token = tokens.get(i);
        Token previous = tokens.get(i - 1);
        Token next = tokens.get(i + 1);
        String text = token.text();
        if (text.length() < 4 || !text.endsWith("s") || text.contains("-") || text.contains(".") || !next.capitalised()
                || previous.capitalised() || lexicon.determiners().contains(previous.text().toLowerCase(Locale.ROOT))
                || !states.in(text).isEmpty() || Gazetteer.shipped().knows(text.substring(0, text.length() - 1))
                || sentence.text().substring(previous.end() - sentence.start(), token.start() - sentence.start()).strip().length() > 0) {
            return;
        }
        String name = text.substring(0, text.length() - 1);
        if (actors.values().stream().anyMatch(a -> a.name().endsWith(name))) {
            return;
        }
        add(sentence, new ActorProposal(Slugs.of(name), name, ActorKind.PERSON, List.of(), List.of(), sentence.citation()),
                token.start(), token.end() - 1);
    }

    private boolean isNameWord(Token token) {
        String text = token.text();
        return token.capitalised() && !text.contains(".") && !lexicon.determiners().contains(text.toLowerCase(Locale.ROOT))
                && !lexicon.sayingVerbs().contains(text.toLowerCase(Locale.ROOT))
                && Lexicon.endingIn(text, lexicon.roles()) == null && Lexicon.endingIn(text, lexicon.institutions()) == null
                && states.in(text).isEmpty() && !lexicon.alliances().containsKey(text)
                && text.chars().noneMatch(Character::isDigit);
    }

    /** The state actor, proposed with this sentence when the article has not named it before. */
    private String state(Sentence sentence, States.State state) {
        if (!actors.containsKey(state.id())) {
            actors.put(state.id(), new ActorProposal(state.id(), state.name(german), ActorKind.STATE, List.of(), List.of(), sentence.citation()));
        }
        return state.id();
    }

    private void stateMention(Sentence sentence, States.State state, int start, int end) {
        state(sentence, state);
        mentions.add(new Mention(state.id(), sentence.paragraph(), start, end));
    }

    private void add(Sentence sentence, ActorProposal actor, int start, int end) {
        actors.putIfAbsent(actor.id(), actor);
        mentions.add(new Mention(actor.id(), sentence.paragraph(), start, end));
    }

    /**
     * The state mention right before the word ("Südkoreas Außenministerium", "russischen Botschafter"), or
     * before the capitalised words that lead up to it ("Ukraine's Foreign Ministry").
     */
    private States.@Nullable Mention stateBefore(List<States.Mention> mentions, List<Token> tokens, int i) {
        int first = i;
        while (!german && first > 0 && i - first < 2 && tokens.get(first - 1).capitalised() && states.in(tokens.get(first - 1).text()).isEmpty()) {
            first--;
        }
        Token lead = tokens.get(first);
        return mentions.stream().filter(m -> m.end() <= lead.start() && lead.start() - m.end() <= 1).findFirst().orElse(null);
    }

    /** The adjective as written ("russischen"), without its ending: "russisch". */
    private static String stem(Sentence sentence, States.Mention adjective) {
        String written = sentence.text().substring(adjective.start() - sentence.start(), adjective.end() - sentence.start());
        return written.replaceFirst("(e|en|er|es|em)$", "");
    }

    /** The adjective as it stands before a feminine or plural noun in the nominative ("Russische Botschaft"). */
    private String nominative(Sentence sentence, States.Mention adjective) {
        return german ? stem(sentence, adjective) + "e" : sentence.text().substring(adjective.start() - sentence.start(), adjective.end() - sentence.start());
    }
}
