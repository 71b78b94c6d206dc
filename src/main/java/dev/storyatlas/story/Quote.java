package dev.storyatlas.story;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Words the article attributes to a speaker, verbatim as the article prints them.
 *
 * @param withoutPlace why the article supports no place for them, when {@code places} is empty
 */
public record Quote(
        String id,
        String speaker,
        List<PlaceRef> places,
        @Nullable String withoutPlace,
        When when,
        String text,
        Speech speech,
        Citation citation) implements StoryItem {

    public Quote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(speaker, "speaker");
        places = List.copyOf(places);
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(speech, "speech");
        Objects.requireNonNull(citation, "citation");
    }

    @Override
    public Set<String> involvedActors() {
        return Set.of(speaker);
    }
}
