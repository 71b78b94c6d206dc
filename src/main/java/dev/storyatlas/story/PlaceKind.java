package dev.storyatlas.story;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What sort of place a pin stands for. */
public enum PlaceKind implements WireNamed {
    @JsonProperty("city") CITY,
    @JsonProperty("region") REGION,
    @JsonProperty("country") COUNTRY
}
