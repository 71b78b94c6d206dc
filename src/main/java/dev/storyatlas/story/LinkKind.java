package dev.storyatlas.story;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a link stands for; directed kinds go from one place to the other, the others tie both. */
public enum LinkKind implements WireNamed {
    @JsonProperty("deployment") DEPLOYMENT(true),
    @JsonProperty("call") CALL(false),
    @JsonProperty("visit") VISIT(true),
    @JsonProperty("alliance") ALLIANCE(false),
    @JsonProperty("relations") RELATIONS(false);

    private final boolean directed;

    LinkKind(boolean directed) {
        this.directed = directed;
    }

    /** Whether the link has a direction, drawn as an arrow. */
    public boolean directed() {
        return directed;
    }
}
