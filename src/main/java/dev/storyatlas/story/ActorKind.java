package dev.storyatlas.story;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The kinds of actor the filter offers, in the order the filter lists them. */
public enum ActorKind implements WireNamed {
    @JsonProperty("state") STATE,
    @JsonProperty("alliance") ALLIANCE,
    @JsonProperty("institution") INSTITUTION,
    @JsonProperty("person") PERSON,
    @JsonProperty("group") GROUP,
    @JsonProperty("media") MEDIA
}
