package dev.storyatlas.studio.draft;

import dev.storyatlas.story.Citation;
import java.util.List;
import java.util.Objects;

/**
 * A place the article names: the words as written ("Gebiet Brjansk", "Kyjiw"), the passage that names it,
 * and the gazetteer entries those words may mean, the likeliest first.
 */
public record PlaceProposal(String name, Citation citation, List<PlaceCandidate> candidates) {

    public PlaceProposal {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(citation, "citation");
        candidates = List.copyOf(candidates);
    }

    /** Whether the name may mean several places, so that the editor must pick one. */
    public boolean ambiguous() {
        return candidates.size() > 1;
    }
}
