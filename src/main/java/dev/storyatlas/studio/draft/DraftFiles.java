package dev.storyatlas.studio.draft;

import java.util.Objects;

/**
 * The two files a story consists of, as text: the story file ({@code <id>.yaml}) and its article
 * ({@code <id>.article.txt}) beside it. Saving them is the studio's business.
 */
public record DraftFiles(String storyFile, String storyYaml, String articleFile, String articleText) {

    public DraftFiles {
        Objects.requireNonNull(storyFile, "storyFile");
        Objects.requireNonNull(storyYaml, "storyYaml");
        Objects.requireNonNull(articleFile, "articleFile");
        Objects.requireNonNull(articleText, "articleText");
    }
}
