package dev.storyatlas.story;

import java.util.List;
import java.util.Set;

/** Something the map shows at a place: an incident or a quote, always with its citation. */
public sealed interface StoryItem permits Incident, Quote {

    String id();

    List<PlaceRef> places();

    When when();

    Citation citation();

    /** Every actor the item involves, its speaker or claimant included; the actor filter matches on these. */
    Set<String> involvedActors();

    /** Whether the item is tied to this place. */
    default boolean isAt(String placeId) {
        return places().stream().anyMatch(ref -> ref.place().equals(placeId));
    }
}
