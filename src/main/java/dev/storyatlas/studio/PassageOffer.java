package dev.storyatlas.studio;

import dev.storyatlas.story.Citation;
import dev.storyatlas.story.Claim;
import dev.storyatlas.story.ClaimKind;
import dev.storyatlas.story.When;
import dev.storyatlas.studio.draft.Proposals;
import java.util.List;
import java.util.Set;

/**
 * What the incident form offers for a cited passage, from the assistant's proposals: the claim of the
 * article's attribution there (its claimants as far as the editor accepted them) and the date its wording
 * gives. Without an attribution the article reports in its own voice.
 */
record PassageOffer(Claim claim, When when) {

    static final Claim OWN_VOICE = new Claim(List.of(), ClaimKind.REPORTED, null);

    static PassageOffer of(Proposals proposals, Citation passage, Set<String> acceptedActors) {
        Claim claim = proposals.claimsIn(passage).stream()
                .findFirst()
                .map(found -> new Claim(found.by().stream().filter(acceptedActors::contains).toList(), found.how(), found.attribution()))
                .orElse(OWN_VOICE);
        When when = proposals.datesIn(passage, claim.attribution()).stream()
                .findFirst()
                .map(date -> new When(date.wording(), date.date(), date.resolvedFrom()))
                .orElse(When.UNSTATED);
        return new PassageOffer(claim, when);
    }
}
