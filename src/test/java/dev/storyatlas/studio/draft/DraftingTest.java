package dev.storyatlas.studio.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DraftingTest {

    private final Drafting drafting = new Drafting();

    @Test
    void paragraphs_are_numbered_as_the_loader_counts_them_with_the_subheading_marked() throws Exception {
        DraftRequest request = new DraftRequest(StoryWriterTest.builtInArticle(), "nordkorea", "Titel", "taz", LocalDate.of(2024, 10, 21), Locale.GERMAN);

        Proposals proposals = drafting.propose(request);

        assertThat(proposals.paragraphs()).hasSize(StoryWriterTest.builtIn().article().paragraphs().size());
        assertThat(proposals.paragraphs()).extracting(Paragraph::text).isEqualTo(StoryWriterTest.builtIn().article().paragraphs());
        assertThat(proposals.paragraphs()).filteredOn(Paragraph::heading).extracting(Paragraph::number).containsExactly(6);
    }

    @Test
    void windows_line_endings_split_into_the_same_paragraphs() {
        DraftRequest request = new DraftRequest("Eins.\r\n\r\nZwei.\r\nNoch zwei.", "x", "X", "P", LocalDate.of(2024, 1, 1), Locale.GERMAN);

        assertThat(drafting.propose(request).paragraphs()).extracting(Paragraph::text).containsExactly("Eins.", "Zwei.\nNoch zwei.");
    }
}
