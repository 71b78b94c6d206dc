package dev.storyatlas.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storyatlas.studio.draft.DraftRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Uploaded article files: UTF-8 text is taken as it is, anything else is refused with the file's name and where it went wrong. */
class ArticleFileTest {

    @Test
    void utf8_text_with_umlauts_and_german_quotation_marks_is_read_as_written_without_its_byte_order_mark() {
        String article = "Außenministerin Müller sagte: „Wir bleiben.“\n\nÜber Nacht geschah nichts.";
        byte[] bytes = ("\uFEFF" + article).getBytes(StandardCharsets.UTF_8);

        assertThat(ArticleFile.read("bericht.txt", bytes)).isEqualTo(article);
    }

    @Test
    void latin1_text_is_refused_naming_the_file_the_line_and_the_byte() {
        byte[] bytes = "Erste Zeile.\n\nDie Bürgermeisterin sprach.".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> ArticleFile.read("alt.txt", bytes))
                .isInstanceOfSatisfying(StudioException.class, refused -> {
                    assertThat(refused.key()).isEqualTo("studio.upload.not-utf8");
                    // "ü" is the file's 20th byte, on line 3
                    assertThat(refused.arguments()).containsExactly("alt.txt", 3, 20);
                });
    }

    @Test
    void an_empty_file_is_refused_naming_it() {
        assertThatThrownBy(() -> ArticleFile.read("leer.txt", new byte[0]))
                .isInstanceOfSatisfying(StudioException.class, refused -> {
                    assertThat(refused.key()).isEqualTo("studio.upload.empty");
                    assertThat(refused.arguments()).containsExactly("leer.txt");
                });
    }

    @Test
    void a_file_longer_than_an_article_may_be_is_refused_naming_it() {
        byte[] bytes = "a".repeat(DraftRequest.MAX_BYTES + 1).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ArticleFile.read("gross.txt", bytes))
                .isInstanceOfSatisfying(StudioException.class, refused -> {
                    assertThat(refused.key()).isEqualTo("studio.upload.too-big");
                    assertThat(refused.arguments()).startsWith("gross.txt");
                });
    }
}
