package dev.storyatlas.story;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Ties an item to a place, saying whether the passage names the place or why we place it there. */
public record PlaceRef(String place, PlaceBasis basis, @Nullable String note) {

    public PlaceRef {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(basis, "basis");
    }
}
