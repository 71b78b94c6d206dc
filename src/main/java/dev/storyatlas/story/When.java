package dev.storyatlas.story;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * When something happened: the article's own wording ("am Montag"), and, where we resolve it to a
 * calendar date, that date and what it was resolved from. All three may be absent.
 */
public record When(@Nullable String wording, @Nullable LocalDate date, @Nullable String resolvedFrom) {

    public static final When UNSTATED = new When(null, null, null);
}
