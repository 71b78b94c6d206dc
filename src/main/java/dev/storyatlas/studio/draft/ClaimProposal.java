package dev.storyatlas.studio.draft;

import dev.storyatlas.story.Citation;
import dev.storyatlas.story.ClaimKind;
import java.util.List;
import java.util.Objects;

/**
 * An attribution phrase ("Laut ukrainischen Berichten", "schreibt das Nachrichtenportal nv.ua", "soll",
 * "according to") proposed as an incident's {@code claim}: who, how, and the article's own words, which
 * stand in the cited paragraph.
 *
 * @param by ids of proposed actors the phrase names; empty where it names none (a bare "soll")
 */
public record ClaimProposal(List<String> by, ClaimKind how, String attribution, Citation citation) {

    public ClaimProposal {
        by = List.copyOf(by);
        Objects.requireNonNull(how, "how");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(citation, "citation");
    }
}
