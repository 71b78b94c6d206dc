package dev.storyatlas.studio.draft;

import dev.storyatlas.story.Citation;
import dev.storyatlas.story.PlaceBasis;
import java.util.List;
import java.util.Objects;

/**
 * A place the article names: the words as written ("Gebiet Brjansk", "Kyjiw"), the passage that names it,
 * and the gazetteer entries those words may mean, the likeliest first.
 *
 * @param basis {@link PlaceBasis#NAMED} when the words name the place; {@link PlaceBasis#STATE} when they name a
 *         state ("Nordkorea") and the candidate is its capital, which stands for it on the map
 */
public record PlaceProposal(String name, PlaceBasis basis, Citation citation, List<PlaceCandidate> candidates) {

    public PlaceProposal {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(citation, "citation");
        candidates = List.copyOf(candidates);
    }

    /** Whether the name may mean several places, so that the editor must pick one. */
    public boolean ambiguous() {
        return candidates.size() > 1;
    }
}
