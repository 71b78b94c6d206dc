package dev.storyatlas.studio.draft;

import java.util.Objects;

/**
 * One paragraph of the article as the loader counts it: blocks separated by blank lines, numbered from 1,
 * a subheading included (citations use this number).
 *
 * @param heading whether the loader takes the paragraph for a subheading (readers' counts leave it out)
 */
public record Paragraph(int number, String text, boolean heading) {

    public Paragraph {
        Objects.requireNonNull(text, "text");
    }
}
