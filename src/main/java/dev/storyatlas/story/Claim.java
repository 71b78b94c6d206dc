package dev.storyatlas.story;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who says an incident happened and how, with the article's own words of attribution
 * (for example "Laut ukrainischen Berichten"), which the map shows unchanged. Without an attribution the
 * article says it in its own voice.
 */
public record Claim(List<String> by, ClaimKind how, @Nullable String attribution) {

    public Claim {
        by = List.copyOf(by);
        Objects.requireNonNull(how, "how");
    }
}
