package dev.storyatlas.story;

/**
 * An enum of the story model whose constants have one name outside Java: the one its {@code @JsonProperty}
 * gives, used alike in story files, the data API, CSS classes and translation keys.
 */
public interface WireNamed {

    /** The constant's name in story files and on the wire, e.g. {@code not-denied}. */
    default String wireName() {
        return WireNames.of((Enum<?>) this);
    }
}
