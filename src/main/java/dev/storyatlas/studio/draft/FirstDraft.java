package dev.storyatlas.studio.draft;

import dev.storyatlas.story.Actor;
import dev.storyatlas.story.ActorKind;
import dev.storyatlas.story.Citation;
import dev.storyatlas.story.Claim;
import dev.storyatlas.story.Incident;
import dev.storyatlas.story.Place;
import dev.storyatlas.story.PlaceBasis;
import dev.storyatlas.story.PlaceRef;
import dev.storyatlas.story.Quote;
import dev.storyatlas.story.When;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The draft that accepts every proposal as it stands: each place's likeliest candidate, every actor, every quote
 * that has a speaker, and every claim as an incident summarised by its own sentence (which keeps the article's
 * mood). Items stand at the places their passage names, else at the capital of a state it names, else at
 * the speaker's state's capital, else without a place, each saying why.
 */
final class FirstDraft {

    private final Proposals proposals;
    private final boolean german;
    private final Map<String, Place> places = new LinkedHashMap<>();
    // the capital that stands for a state, by the state's name as the proposals give it
    private final Map<String, String> capitals = new LinkedHashMap<>();
    private final Set<String> itemIds = new HashSet<>();

    FirstDraft(Proposals proposals) {
        this.proposals = proposals;
        this.german = proposals.request().german();
    }

    StoryDraft build() {
        DraftRequest request = proposals.request();
        Set<String> named = new HashSet<>();
        for (PlaceProposal proposal : proposals.places()) {
            if (proposal.basis() == PlaceBasis.NAMED && !proposal.candidates().isEmpty()) {
                named.add(proposal.candidates().getFirst().id());
            }
        }
        for (PlaceProposal proposal : proposals.places()) {
            if (proposal.candidates().isEmpty()) {
                continue;
            }
            PlaceCandidate candidate = proposal.candidates().getFirst();
            boolean implied = !named.contains(candidate.id());
            String note = implied ? impliedNote(candidate, proposal.name()) : null;
            places.putIfAbsent(candidate.id(), new Place(candidate.id(), candidate.names(), candidate.lat(), candidate.lon(), candidate.kind(),
                    implied, note));
            if (proposal.basis() == PlaceBasis.STATE) {
                capitals.putIfAbsent(proposal.name(), candidate.id());
            }
        }
        List<Actor> actors = new ArrayList<>(proposals.actors().stream().map(ActorProposal::toActor).toList());
        String publisherId = Slugs.of(request.publisher());
        if (actors.stream().noneMatch(a -> a.id().equals(publisherId))) {
            actors.add(new Actor(publisherId, request.publisher(), ActorKind.MEDIA, List.of()));
        }
        List<Quote> quotes = proposals.quotes().stream().filter(q -> q.speaker() != null).map(this::quote).toList();
        List<Incident> incidents = proposals.claims().stream().map(this::incident).toList();
        return new StoryDraft(request.id(), request.title(), request.publisher(), YearMonth.from(request.published()), request.published(),
                request.language(), request.articleText(), List.copyOf(places.values()), actors, incidents, quotes, List.of());
    }

    private Quote quote(QuoteProposal proposal) {
        String speaker = proposal.speaker();
        String speakerName = proposals.actors().stream().filter(a -> a.id().equals(speaker)).map(ActorProposal::name).findFirst().orElse(speaker);
        Located located = locateSpeaker(proposal, speaker, speakerName);
        String[] words = Slugs.of(proposal.text()).split("-");
        return new Quote(id(speaker + " " + String.join(" ", java.util.Arrays.copyOf(words, Math.min(2, words.length))), 6), speaker, located.refs(), located.withoutPlace(), when(proposal.citation(), null),
                proposal.text(), proposal.speech(), proposal.citation());
    }

    private Incident incident(ClaimProposal proposal) {
        String excerpt = proposal.citation().excerpt();
        List<String> actors = proposals.actors().stream()
                .filter(a -> a.kind() != ActorKind.MEDIA || proposal.by().contains(a.id()))
                .filter(a -> namedFully(excerpt, a.name()))
                .map(ActorProposal::id).toList();
        Located located = locate(proposal.citation());
        String attribution = proposal.attribution();
        return new Incident(id(excerpt, 4), located.refs(), located.withoutPlace(), when(proposal.citation(), attribution), actors, excerpt,
                new Claim(proposal.by(), proposal.how(), attribution), proposal.citation());
    }

    private record Located(List<PlaceRef> refs, @Nullable String withoutPlace) {
    }

    /** The places the passage names; else the capitals of the states it names; else none, saying why. */
    private Located locate(Citation citation) {
        String excerpt = citation.excerpt();
        List<PlaceRef> refs = named(excerpt);
        if (refs.isEmpty()) {
            for (Map.Entry<String, String> capital : capitals.entrySet()) {
                if (namedFully(excerpt, capital.getKey())) {
                    add(refs, new PlaceRef(capital.getValue(), PlaceBasis.STATE, stateNote(capital.getKey(), capital.getValue())));
                }
            }
        }
        return refs.isEmpty() ? new Located(List.of(), withoutPlace()) : new Located(refs, null);
    }

    /**
     * Where someone speaks: the capital of the state the speaker belongs to, standing for it; else the places
     * the passage names outside the quoted words; else none. Places inside the words are what they speak about.
     */
    private Located locateSpeaker(QuoteProposal quote, String speaker, String speakerName) {
        Optional<String> state = stateOf(speaker);
        Optional<String> capital = state.flatMap(s -> Optional.ofNullable(capitals.get(s)));
        if (capital.isPresent()) {
            String note = german
                    ? "Der Artikel nennt keinen Ort; " + placeName(capital.get()) + " steht für " + state.get() + ", für das " + speakerName + " spricht."
                    : "The article names no place; " + placeName(capital.get()) + " stands for " + state.get() + ", for which " + speakerName + " speaks.";
            return new Located(List.of(new PlaceRef(capital.get(), PlaceBasis.STATE, note)), null);
        }
        List<PlaceRef> refs = named(quote.citation().excerpt().replace(quote.text(), ""));
        return refs.isEmpty() ? new Located(List.of(), withoutPlace()) : new Located(refs, null);
    }

    private List<PlaceRef> named(String passage) {
        List<PlaceRef> refs = new ArrayList<>();
        for (PlaceProposal proposal : proposals.places()) {
            if (proposal.basis() == PlaceBasis.NAMED && !proposal.candidates().isEmpty() && passage.contains(proposal.name())) {
                add(refs, new PlaceRef(proposal.candidates().getFirst().id(), PlaceBasis.NAMED, null));
            }
        }
        return refs;
    }

    private String withoutPlace() {
        return german ? "Wo, sagt der Artikel an dieser Stelle nicht." : "The passage does not say where.";
    }

    /** Whether the passage names every word of the name, by the loader's rule for one word (stricter than the loader, for proposing). */
    private static boolean namedFully(String passage, String name) {
        return java.util.Arrays.stream(name.split("\\s+")).filter(word -> word.length() >= 3)
                .allMatch(word -> new Actor("word", word, ActorKind.GROUP, List.of()).isNamedIn(passage));
    }

    private static void add(List<PlaceRef> refs, PlaceRef ref) {
        if (refs.stream().noneMatch(r -> r.place().equals(ref.place()))) {
            refs.add(ref);
        }
    }

    /** The name of the state the actor belongs to, following memberships. */
    private Optional<String> stateOf(String actorId) {
        Set<String> seen = new HashSet<>();
        String current = actorId;
        while (current != null && seen.add(current)) {
            String id = current;
            Optional<ActorProposal> actor = proposals.actors().stream().filter(a -> a.id().equals(id)).findFirst();
            if (actor.isEmpty()) {
                return Optional.empty();
            }
            if (actor.get().kind() == ActorKind.STATE) {
                return Optional.of(actor.get().name());
            }
            current = actor.get().memberOf().isEmpty() ? null : actor.get().memberOf().getFirst();
        }
        return Optional.empty();
    }

    /** The dated wording that stands in the excerpt, unless it dates the claim ("hatte am Freitag behauptet") rather than what it reports. */
    private When when(Citation citation, @Nullable String attribution) {
        return proposals.datesIn(citation, attribution).stream()
                .findFirst()
                .map(d -> new When(d.wording(), d.date(), d.resolvedFrom()))
                .orElse(When.UNSTATED);
    }

    private String impliedNote(PlaceCandidate candidate, String stateName) {
        String name = german ? candidate.names().de() : candidate.names().en();
        return german ? "Der Artikel nennt " + name + " nicht, nur " + stateName + "; " + name + " ist die Hauptstadt."
                : "The article does not name " + name + ", only " + stateName + "; " + name + " is its capital.";
    }

    private String stateNote(String stateName, String placeId) {
        String name = placeName(placeId);
        return german ? "Der Artikel nennt " + stateName + "; " + name + " steht für den Staat."
                : "The article names " + stateName + "; " + name + " stands for the state.";
    }

    private String placeName(String placeId) {
        Place place = places.get(placeId);
        return place == null ? placeId : german ? place.name().de() : place.name().en();
    }

    /** An id from the first words of the text, unique among the items. */
    private String id(String text, int wordCount) {
        String[] words = Slugs.of(text).split("-");
        String base = String.join("-", java.util.Arrays.copyOf(words, Math.min(wordCount, words.length)));
        String id = base;
        for (int n = 2; !itemIds.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
