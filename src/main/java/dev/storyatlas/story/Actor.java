package dev.storyatlas.story;

import java.util.List;

/** A person, institution, state, alliance, medium or group, and what it belongs to. */
public record Actor(String id, String name, ActorKind kind, List<String> memberOf) {

    public Actor {
        memberOf = StoryData.listOf(memberOf);
    }
}
