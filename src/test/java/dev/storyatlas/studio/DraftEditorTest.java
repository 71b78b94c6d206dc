package dev.storyatlas.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyatlas.story.Actor;
import dev.storyatlas.studio.DraftEditor.ActorRow;
import dev.storyatlas.studio.DraftEditor.Decision;
import dev.storyatlas.studio.draft.DraftRequest;
import dev.storyatlas.studio.draft.Drafting;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The actors the editor's decisions make of the assistant's proposals for the built-in article. */
class DraftEditorTest {

    private final DraftEditor editor = new DraftEditor(new Drafting().propose(new DraftRequest(article(), "nordkorea", "Titel", "taz",
            LocalDate.of(2024, 10, 21), Locale.GERMAN)));

    @Test
    void an_accepted_actor_has_the_edited_name_and_belongs_only_to_accepted_actors() {
        ActorRow member = editor.actors.stream().filter(row -> !row.proposal.memberOf().isEmpty()).findFirst().orElseThrow();
        String group = member.proposal.memberOf().getFirst();
        member.decision = Decision.ACCEPTED;
        member.name = "  " + member.proposal.name() + " (bearbeitet) ";

        Actor alone = editor.acceptedActors().get(member.proposal.id());
        editor.actors.stream().filter(row -> row.proposal.id().equals(group)).forEach(row -> row.decision = Decision.ACCEPTED);
        Actor withGroup = editor.acceptedActors().get(member.proposal.id());

        assertThat(alone.name()).isEqualTo(member.proposal.name() + " (bearbeitet)");
        assertThat(alone.memberOf()).isEmpty();
        assertThat(withGroup.memberOf()).contains(group);
    }

    private static String article() {
        try {
            return new ClassPathResource("stories/taz-2024-10-nordkorea-soldaten.article.txt").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
