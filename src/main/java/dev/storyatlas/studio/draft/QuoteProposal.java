package dev.storyatlas.studio.draft;

import dev.storyatlas.story.Citation;
import dev.storyatlas.story.Speech;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Words the article attributes to someone: direct speech in quotation marks, or indirect speech
 * (Konjunktiv I after a verb of saying). The citation's excerpt is the whole sentence, so that it names
 * the speaker as the loader demands.
 *
 * @param text the words verbatim, without the quotation marks; they stand in the excerpt
 * @param speaker the id of the {@link ActorProposal} who speaks, or null when the sentence names no one
 */
public record QuoteProposal(String text, @Nullable String speaker, Speech speech, Citation citation) {

    public QuoteProposal {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(speech, "speech");
        Objects.requireNonNull(citation, "citation");
    }
}
