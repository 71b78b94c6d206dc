package dev.storyatlas.studio.draft;

import dev.storyatlas.story.Actor;
import dev.storyatlas.story.ActorKind;
import dev.storyatlas.story.Citation;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Someone the article names: a person, institution, state, alliance or medium, with the role words that
 * stand with a person ("Präsident", "Außenamtssprecher") and what the text says it belongs to
 * ("Südkoreas Außenministerium" belongs to Südkorea).
 *
 * @param id a suggested actor id (the name as a slug)
 * @param name the name as the story file should give it
 * @param memberOf ids of other proposed actors
 * @param citation the first passage that names the actor
 */
public record ActorProposal(String id, String name, ActorKind kind, List<String> roleWords, List<String> memberOf, Citation citation) {

    public ActorProposal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        roleWords = List.copyOf(roleWords);
        memberOf = List.copyOf(memberOf);
        Objects.requireNonNull(citation, "citation");
    }

    /** The proposal as an actor of the story. */
    public Actor toActor() {
        return toActor(name, Set.copyOf(memberOf));
    }

    /** The proposal as an actor of the story under the editor's name for it, a member only of the actors the story keeps. */
    public Actor toActor(String editedName, Set<String> keptActors) {
        return new Actor(id, editedName.strip(), kind, memberOf.stream().filter(keptActors::contains).toList());
    }
}
