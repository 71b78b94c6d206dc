package dev.storyatlas.story;

import java.util.Objects;

/** The passage of the article an item rests on: its paragraph number and the verbatim excerpt. */
public record Citation(int paragraph, String excerpt) {

    public Citation {
        Objects.requireNonNull(excerpt, "excerpt");
    }
}
