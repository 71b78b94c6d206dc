package dev.storyatlas.studio.draft;

import dev.storyatlas.base.Language;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * What the editor gives the assistant: the article's plain text (line endings made {@code \n}) and its metadata.
 *
 * @param id the story's id (lower-case words joined by hyphens; it appears in URLs)
 * @param published the day the article appeared; weekdays ("am Montag") are resolved against it
 * @param language German or English, one of {@link Language#SUPPORTED}
 */
public record DraftRequest(String articleText, String id, String title, String publisher, LocalDate published, Locale language) {

    /** The longest article read, in UTF-8 bytes: what the loader reads of an article file. */
    public static final int MAX_BYTES = 256 * 1024;

    public DraftRequest {
        // one line ending throughout, so that excerpts, paragraphs and the written article file agree
        articleText = Objects.requireNonNull(articleText, "articleText").replace("\r\n", "\n").replace('\r', '\n');
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(published, "published");
        requireSupported(language);
        if (articleText.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("articleText: longer than the " + MAX_BYTES + " bytes of UTF-8 an article file may have");
        }
    }

    /** The language, if the studio supports it. */
    static Locale requireSupported(Locale language) {
        if (!Language.SUPPORTED.contains(Objects.requireNonNull(language, "language"))) {
            throw new IllegalArgumentException("language must be one of " + Language.SUPPORTED + ", not " + language);
        }
        return language;
    }

    /** Whether the article is German (the rules for quotes, dates and claims differ by language). */
    public boolean german() {
        return "de".equals(language.getLanguage());
    }
}
