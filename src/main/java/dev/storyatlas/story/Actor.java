package dev.storyatlas.story;

import java.util.List;
import java.util.Objects;

/** A person, institution, state, alliance, medium or group, and what it belongs to. */
public record Actor(String id, String name, ActorKind kind, List<String> memberOf) {

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        memberOf = List.copyOf(memberOf);
    }

    /** Whether the text names this actor, by the rule the loader holds speakers and claimants to (see {@link AttributionRules}). */
    public boolean isNamedIn(String text) {
        return AttributionRules.names(text, this);
    }
}
