package dev.storyatlas.story;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether the article quotes a speaker's words directly or reports them in indirect speech. */
public enum Speech implements WireNamed {
    @JsonProperty("direct") DIRECT,
    @JsonProperty("indirect") INDIRECT
}
