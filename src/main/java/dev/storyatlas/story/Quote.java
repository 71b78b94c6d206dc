package dev.storyatlas.story;

import java.util.List;
import java.util.Set;

/** Words the article attributes to a speaker, verbatim as the article prints them. */
public record Quote(
        String id,
        String speaker,
        List<PlaceRef> places,
        When when,
        String text,
        Speech speech,
        Citation citation) implements StoryItem {

    public Quote {
        places = StoryData.listOf(places);
        when = StoryData.orUnstated(when);
    }

    @Override
    public Set<String> involvedActors() {
        return Set.of(speaker);
    }
}
