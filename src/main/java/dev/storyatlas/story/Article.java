package dev.storyatlas.story;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The text of the article a story rests on, split into numbered paragraphs (blocks separated by a
 * blank line, counted from 1, a subheading included), so that citations can be checked and ordered.
 */
public record Article(String file, List<String> paragraphs) {

    private static final Pattern BLANK_LINES = Pattern.compile("\\R\\s*\\R");
    // how a sentence or a quotation ends; a heading ends otherwise
    private static final Pattern HEADING_END = Pattern.compile("[.!?…:;“”\"»«)]\\s*$");

    public Article {
        Objects.requireNonNull(file, "file");
        paragraphs = List.copyOf(paragraphs);
    }

    /** Splits a plain-text article into its paragraphs. */
    public static Article parse(String file, String text) {
        List<String> paragraphs = BLANK_LINES.splitAsStream(text.strip())
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
        return new Article(file, paragraphs);
    }

    /** The paragraph with this 1-based number. */
    public String paragraph(int number) {
        return paragraphs.get(number - 1);
    }

    /**
     * Whether the paragraph with this number is a heading rather than text: a single line that does not
     * end as a sentence or a quotation does (a subheading such as "Ukraine: Erste Nordkoreaner …").
     */
    public boolean isHeading(int number) {
        String paragraph = paragraph(number);
        return !paragraph.contains("\n") && !HEADING_END.matcher(paragraph).find();
    }

    /**
     * The paragraph's number as a reader counts the article's text, headings left out: what a reader
     * finds by counting; 0 for a heading.
     */
    public int textParagraphNumber(int number) {
        if (isHeading(number)) {
            return 0;
        }
        int text = 0;
        for (int n = 1; n <= number; n++) {
            text += isHeading(n) ? 0 : 1;
        }
        return text;
    }

    /** Whether the citation's excerpt stands verbatim in the paragraph it names. */
    public boolean supports(Citation citation) {
        return supports(citation.paragraph(), citation.excerpt());
    }

    /** Whether the excerpt stands verbatim in the paragraph with this number. */
    boolean supports(int paragraph, String excerpt) {
        return paragraph >= 1 && paragraph <= paragraphs.size() && paragraph(paragraph).contains(excerpt);
    }

    /** Orders items by where their excerpt begins in the article. */
    Comparator<StoryItem> readingOrder() {
        return Comparator.<StoryItem>comparingInt(item -> item.citation().paragraph())
                .thenComparingInt(item -> Math.max(0, paragraph(item.citation().paragraph()).indexOf(item.citation().excerpt())));
    }
}
