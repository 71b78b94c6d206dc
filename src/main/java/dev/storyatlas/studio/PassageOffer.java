package dev.storyatlas.studio;

import dev.storyatlas.story.Citation;
import dev.storyatlas.story.Claim;
import dev.storyatlas.story.ClaimKind;
import dev.storyatlas.story.When;
import dev.storyatlas.studio.draft.DateProposal;
import dev.storyatlas.studio.draft.Proposals;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the incident form offers for a cited passage, from the assistant's proposals: every claim of the
 * article's attributions there (their claimants as far as the editor accepted them), the one chosen, and the
 * date its wordings give. Without an attribution the article reports in its own voice.
 *
 * @param claims the attributions that bear on the passage, in article order; empty where there is none
 * @param claim the one chosen: at first the first whose words the excerpt holds, else the first
 * @param dates the dated wordings the passage holds, in article order
 */
record PassageOffer(List<Claim> claims, Claim claim, List<DateProposal> dates) {

    static final Claim OWN_VOICE = new Claim(List.of(), ClaimKind.REPORTED, null);

    /** The offer for no citation: the article's own voice, no date. */
    static final PassageOffer NONE = new PassageOffer(List.of(), OWN_VOICE, List.of());

    PassageOffer {
        claims = List.copyOf(claims);
        Objects.requireNonNull(claim, "claim");
        dates = List.copyOf(dates);
    }

    static PassageOffer of(Proposals proposals, Citation passage, Set<String> acceptedActors) {
        List<Claim> claims = proposals.claimsIn(passage).stream()
                .map(found -> new Claim(found.by().stream().filter(acceptedActors::contains).toList(), found.how(), found.attribution()))
                .distinct()
                .toList();
        Claim chosen = claims.stream().filter(claim -> passage.excerpt().contains(Objects.requireNonNull(claim.attribution()))).findFirst()
                .orElse(claims.isEmpty() ? OWN_VOICE : claims.getFirst());
        return new PassageOffer(claims, chosen, proposals.datesIn(passage, null));
    }

    /** The same passage with another claim chosen (one of {@link #claims()}, or the article's own voice). */
    PassageOffer choose(Claim chosen) {
        return new PassageOffer(claims, chosen, dates);
    }

    /**
     * The date offered: the first wording outside the chosen claim's attribution ("hatte am Freitag behauptet"
     * dates the claim, not what it reports).
     */
    When when() {
        String attribution = claim.attribution();
        return dates.stream()
                .filter(date -> attribution == null || !attribution.contains(date.wording()))
                .findFirst()
                .map(date -> new When(date.wording(), date.date(), date.resolvedFrom()))
                .orElse(When.UNSTATED);
    }
}
