package dev.storyatlas.story;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened, as the article tells it, and who claims it.
 *
 * @param withoutPlace why the article supports no place for it, when {@code places} is empty
 */
public record Incident(
        String id,
        List<PlaceRef> places,
        @Nullable String withoutPlace,
        When when,
        List<String> actors,
        String summary,
        Claim claim,
        Citation citation) implements StoryItem {

    public Incident {
        Objects.requireNonNull(id, "id");
        places = List.copyOf(places);
        Objects.requireNonNull(when, "when");
        actors = List.copyOf(actors);
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(citation, "citation");
    }

    @Override
    public Set<String> involvedActors() {
        Set<String> all = new LinkedHashSet<>(actors);
        all.addAll(claim.by());
        return all;
    }
}
