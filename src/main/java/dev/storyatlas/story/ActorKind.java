package dev.storyatlas.story;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The kinds of actor the filter offers. */
public enum ActorKind {
    @JsonProperty("person") PERSON,
    @JsonProperty("institution") INSTITUTION,
    @JsonProperty("state") STATE,
    @JsonProperty("alliance") ALLIANCE,
    @JsonProperty("media") MEDIA,
    @JsonProperty("group") GROUP
}
