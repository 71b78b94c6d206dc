package dev.storyatlas.story;

import java.util.LinkedHashSet;
import java.util.List;
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
        places = StoryData.listOf(places);
        when = StoryData.orUnstated(when);
        actors = StoryData.listOf(actors);
    }

    @Override
    public Set<String> involvedActors() {
        Set<String> all = new LinkedHashSet<>(actors);
        all.addAll(claim.by());
        return all;
    }
}
