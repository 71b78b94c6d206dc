package dev.storyatlas.story;

/** The passage of the article an item rests on: its paragraph number and the verbatim excerpt. */
public record Citation(int paragraph, String excerpt) {
}
