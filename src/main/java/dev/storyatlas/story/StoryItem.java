package dev.storyatlas.story;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Something the map shows at a place: an incident or a quote, always with its citation. */
public sealed interface StoryItem permits Incident, Quote {

    String id();

    /** The id under which the map lists the items without a place; no place of a story may take it. */
    String WITHOUT_PLACE = "without-place";

    List<PlaceRef> places();

    /** Why the article supports no place for the item; null when it has places. */
    @Nullable String withoutPlace();

    When when();

    Citation citation();

    /** Every actor the item involves, its speaker or claimant included; the actor filter matches on these. */
    Set<String> involvedActors();

    /** Whether the item is tied to this place; an item without places is "at" {@link #WITHOUT_PLACE}. */
    default boolean isAt(String placeId) {
        if (places().isEmpty()) {
            return WITHOUT_PLACE.equals(placeId);
        }
        return places().stream().anyMatch(ref -> ref.place().equals(placeId));
    }
}
