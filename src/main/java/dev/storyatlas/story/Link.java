package dev.storyatlas.story;

import java.util.List;
import java.util.Objects;

/**
 * A movement or tie between two places that an incident of the article supports: a deployment, a
 * call, a visit, an alliance, relations. It cites through its incident; both ends are places of that
 * incident, so a link never says more than the incident does.
 *
 * @param summary a few words in the article's language, e.g. "rund 1.500 Soldaten entsandt"
 */
public record Link(String id, String from, String to, LinkKind kind, List<String> actors, String incident, String summary) {

    public Link {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        actors = List.copyOf(actors);
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(summary, "summary");
    }
}
