package dev.storyatlas.studio.draft;

import dev.storyatlas.story.Citation;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** Everything the assistant proposes for one article, in article order; the editor accepts, edits or rejects each. */
public record Proposals(
        DraftRequest request,
        List<Paragraph> paragraphs,
        List<PlaceProposal> places,
        List<ActorProposal> actors,
        List<QuoteProposal> quotes,
        List<DateProposal> dates,
        List<ClaimProposal> claims) {

    public Proposals {
        Objects.requireNonNull(request, "request");
        paragraphs = List.copyOf(paragraphs);
        places = List.copyOf(places);
        actors = List.copyOf(actors);
        quotes = List.copyOf(quotes);
        dates = List.copyOf(dates);
        claims = List.copyOf(claims);
    }

    /** Every proposal's citation, for checks that each one stands in its paragraph. */
    public List<Citation> citations() {
        return Stream.of(places.stream().map(PlaceProposal::citation), actors.stream().map(ActorProposal::citation),
                        quotes.stream().map(QuoteProposal::citation), dates.stream().map(DateProposal::citation),
                        claims.stream().map(ClaimProposal::citation))
                .flatMap(s -> s)
                .toList();
    }
}
