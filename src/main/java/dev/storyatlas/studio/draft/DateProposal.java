package dev.storyatlas.studio.draft;

import dev.storyatlas.story.Citation;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A wording that dates something ("am Montag", "gestern", "on Friday"), resolved against the publication
 * date where the rules can; {@code resolvedFrom} then says how, as the story file demands.
 */
public record DateProposal(String wording, @Nullable LocalDate date, @Nullable String resolvedFrom, Citation citation) {

    public DateProposal {
        Objects.requireNonNull(wording, "wording");
        Objects.requireNonNull(citation, "citation");
        if ((date == null) != (resolvedFrom == null)) {
            throw new IllegalArgumentException("a resolved date needs resolvedFrom, and only a resolved date has one");
        }
    }
}
