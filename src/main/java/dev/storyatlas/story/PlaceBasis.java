package dev.storyatlas.story;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Why an item stands at a place: the passage names it, clearly implies it, or names the state whose capital it is. */
public enum PlaceBasis implements WireNamed {
    @JsonProperty("named") NAMED,
    @JsonProperty("implied") IMPLIED,
    @JsonProperty("state") STATE
}
