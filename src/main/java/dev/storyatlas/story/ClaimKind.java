package dev.storyatlas.story;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How the article presents a claim: as its own report or assessment, or as another's claim or statement. */
public enum ClaimKind implements WireNamed {
    @JsonProperty("reported") REPORTED,
    @JsonProperty("claimed") CLAIMED,
    @JsonProperty("stated") STATED,
    @JsonProperty("announced") ANNOUNCED,
    @JsonProperty("not-denied") NOT_DENIED,
    @JsonProperty("assessed") ASSESSED
}
