package dev.storyatlas.studio;

import dev.storyatlas.story.Actor;
import dev.storyatlas.story.Citation;
import dev.storyatlas.story.Claim;
import dev.storyatlas.story.Incident;
import dev.storyatlas.story.Place;
import dev.storyatlas.story.PlaceBasis;
import dev.storyatlas.story.PlaceRef;
import dev.storyatlas.story.Quote;
import dev.storyatlas.story.StoryProblem;
import dev.storyatlas.story.When;
import dev.storyatlas.studio.draft.ActorProposal;
import dev.storyatlas.studio.draft.PlaceCandidate;
import dev.storyatlas.studio.draft.PlaceProposal;
import dev.storyatlas.studio.draft.Proposals;
import dev.storyatlas.studio.draft.QuoteProposal;
import dev.storyatlas.studio.draft.StoryDraft;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What the editor decided about the assistant's proposals, and the incidents they wrote: turned into a
 * {@link StoryDraft} whenever they change something. Each proposal starts undecided and counts only once
 * accepted; the rows remember where in the draft they ended, so that the loader's problems find their row.
 */
final class DraftEditor {

    enum Decision { PROPOSED, ACCEPTED, REJECTED }

    /** One row of a proposals grid: the proposal, the editor's decision and the problems the loader found there. */
    abstract static class Row {
        Decision decision = Decision.PROPOSED;
        String field = "";
        List<String> problems = List.of();

        boolean accepted() {
            return decision == Decision.ACCEPTED;
        }
    }

    static final class PlaceRow extends Row {
        final PlaceProposal proposal;
        @Nullable PlaceCandidate chosen;

        PlaceRow(PlaceProposal proposal) {
            this.proposal = proposal;
            this.chosen = proposal.candidates().isEmpty() ? null : proposal.candidates().getFirst();
        }
    }

    static final class ActorRow extends Row {
        final ActorProposal proposal;
        String name;

        ActorRow(ActorProposal proposal) {
            this.proposal = proposal;
            this.name = proposal.name();
        }
    }

    static final class QuoteRow extends Row {
        final QuoteProposal proposal;
        @Nullable String speaker;

        QuoteRow(QuoteProposal proposal) {
            this.proposal = proposal;
            this.speaker = proposal.speaker();
        }
    }

    /** An incident the editor wrote, with the passage they selected. */
    static final class IncidentRow extends Row {
        final String summary;
        final List<String> places;
        final List<String> actors;
        final Citation citation;
        final Claim claim;
        final When when;

        IncidentRow(String summary, List<String> places, List<String> actors, Citation citation, Claim claim, When when) {
            this.summary = summary;
            this.places = List.copyOf(places);
            this.actors = List.copyOf(actors);
            this.citation = citation;
            this.claim = claim;
            this.when = when;
            this.decision = Decision.ACCEPTED;
        }
    }

    private final Proposals proposals;
    final List<PlaceRow> places = new ArrayList<>();
    final List<ActorRow> actors = new ArrayList<>();
    final List<QuoteRow> quotes = new ArrayList<>();
    final List<IncidentRow> incidents = new ArrayList<>();

    DraftEditor(Proposals proposals) {
        this.proposals = proposals;
        proposals.places().forEach(place -> places.add(new PlaceRow(place)));
        proposals.actors().forEach(actor -> actors.add(new ActorRow(actor)));
        proposals.quotes().forEach(quote -> quotes.add(new QuoteRow(quote)));
    }

    Proposals proposals() {
        return proposals;
    }

    /** The claim and date the assistant offers for an incident citing this passage. */
    PassageOffer offerFor(Citation passage) {
        return PassageOffer.of(proposals, passage, acceptedActors().keySet());
    }

    /** The places the editor accepted, by id: what incidents and quotes may name. */
    Map<String, Place> acceptedPlaces() {
        Map<String, Place> byId = new LinkedHashMap<>();
        for (PlaceRow row : places) {
            PlaceCandidate candidate = row.chosen;
            if (row.accepted() && candidate != null) {
                byId.putIfAbsent(candidate.id(), candidate.toPlace());
            }
        }
        return byId;
    }

    /** The actors the editor accepted, by id, with the names as edited. */
    Map<String, Actor> acceptedActors() {
        Map<String, Actor> byId = new LinkedHashMap<>();
        Set<String> ids = actors.stream().filter(Row::accepted).map(row -> row.proposal.id()).collect(Collectors.toSet());
        for (ActorRow row : actors) {
            if (row.accepted()) {
                byId.putIfAbsent(row.proposal.id(), row.proposal.toActor(row.name, ids));
            }
        }
        return byId;
    }

    /** The story as decided so far; problems of the last check are cleared and the rows learn their fields. */
    StoryDraft draft() {
        var request = proposals.request();
        Map<String, Place> placesById = acceptedPlaces();
        Map<String, Actor> actorsById = acceptedActors();
        List<Row> all = new ArrayList<>();
        all.addAll(places);
        all.addAll(actors);
        all.addAll(quotes);
        all.addAll(incidents);
        all.forEach(row -> {
            row.field = "";
            row.problems = List.of();
        });
        List<String> placeIds = new ArrayList<>(placesById.keySet());
        places.stream().filter(row -> row.accepted() && row.chosen != null).forEach(row -> row.field = "places[" + placeIds.indexOf(row.chosen.id()) + "]");
        List<String> actorIds = new ArrayList<>(actorsById.keySet());
        actors.stream().filter(Row::accepted).forEach(row -> row.field = "actors[" + actorIds.indexOf(row.proposal.id()) + "]");

        Comparator<Citation> reading = Comparator.comparingInt(Citation::paragraph)
                .thenComparingInt(citation -> Math.max(0, request.articleText().indexOf(citation.excerpt())));
        List<QuoteRow> quoteRows = quotes.stream().filter(Row::accepted).sorted(Comparator.comparing(row -> row.proposal.citation(), reading)).toList();
        List<Quote> quoteList = new ArrayList<>();
        for (QuoteRow row : quoteRows) {
            row.field = "quotes[" + quoteList.size() + "]";
            QuoteProposal quote = row.proposal;
            quoteList.add(new Quote("quote-" + (quoteList.size() + 1), row.speaker == null ? "" : row.speaker,
                    placesNamedIn(quote.citation(), placesById), withoutPlace(quote.citation(), placesById, request.german()), When.UNSTATED,
                    quote.text(), quote.speech(), quote.citation()));
        }
        List<IncidentRow> incidentRows = incidents.stream().sorted(Comparator.comparing(row -> row.citation, reading)).toList();
        List<Incident> incidentList = new ArrayList<>();
        for (IncidentRow row : incidentRows) {
            row.field = "incidents[" + incidentList.size() + "]";
            // without a choice of the editor's, the accepted places the passage names
            List<PlaceRef> refs = row.places.isEmpty() ? placesNamedIn(row.citation, placesById)
                    : row.places.stream().map(id -> new PlaceRef(id, PlaceBasis.NAMED, null)).toList();
            incidentList.add(new Incident("incident-" + (incidentList.size() + 1), refs,
                    refs.isEmpty() ? (request.german() ? "Die zitierte Stelle nennt keinen Ort." : "The passage names no place.") : null, row.when, row.actors, row.summary,
                    row.claim, row.citation));
        }
        return new StoryDraft(request.id(), request.title(), request.publisher(), YearMonth.from(request.published()), request.published(),
                request.language(), request.articleText(), List.copyOf(placesById.values()), List.copyOf(actorsById.values()),
                incidentList, quoteList, List.of());
    }

    /** Gives each row the loader's problems for its field; returns the problems that belong to no row. */
    List<StoryProblem> place(DraftPreview preview) {
        List<StoryProblem> left = new ArrayList<>(preview.problems());
        List<Row> all = new ArrayList<>();
        all.addAll(places);
        all.addAll(actors);
        all.addAll(quotes);
        all.addAll(incidents);
        for (Row row : all) {
            if (!row.field.isEmpty()) {
                List<StoryProblem> mine = preview.at(row.field);
                row.problems = mine.stream().map(problem -> problem.field().substring(row.field.length()).replaceFirst("^\\.", "")
                        + (problem.field().length() > row.field.length() ? ": " : "") + problem.message()).toList();
                left.removeAll(mine);
            }
        }
        return left;
    }

    /** The accepted places whose name the passage gives, as a reader would find them in it. */
    private static List<PlaceRef> placesNamedIn(Citation citation, Map<String, Place> places) {
        return places.values().stream()
                .filter(place -> citation.excerpt().contains(place.name().de()) || citation.excerpt().contains(place.name().en()))
                .map(place -> new PlaceRef(place.id(), PlaceBasis.NAMED, null))
                .toList();
    }

    private static @Nullable String withoutPlace(Citation citation, Map<String, Place> places, boolean german) {
        return !placesNamedIn(citation, places).isEmpty() ? null : german ? "Die zitierte Stelle nennt keinen Ort." : "The passage names no place.";
    }
}
