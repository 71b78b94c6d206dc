package dev.storyatlas.studio.draft;

import dev.storyatlas.story.Citation;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

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

    /**
     * The attribution phrases that bear on a passage the editor cites: those of the sentences it spans or
     * lies in, and those whose words it quotes.
     */
    public List<ClaimProposal> claimsIn(Citation passage) {
        return claims.stream()
                .filter(claim -> claim.citation().paragraph() == passage.paragraph())
                .filter(claim -> passage.excerpt().contains(claim.citation().excerpt()) || claim.citation().excerpt().contains(passage.excerpt())
                        || passage.excerpt().contains(claim.attribution()))
                .toList();
    }

    /**
     * The dated wordings that stand in a passage, as the loader demands of an item's {@code when}, leaving out
     * those within the attribution: "hatte am Freitag behauptet" dates the claim, not what it reports.
     */
    public List<DateProposal> datesIn(Citation passage, @Nullable String attribution) {
        return dates.stream()
                .filter(date -> date.citation().paragraph() == passage.paragraph() && passage.excerpt().contains(date.wording()))
                .filter(date -> attribution == null || !attribution.contains(date.wording()))
                .toList();
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
