package dev.storyatlas.studio.draft;

import dev.storyatlas.story.Citation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A sentence of a paragraph, with where it stands, so that a proposal can cite it verbatim. Quotation
 * marks hold a sentence together: a quote of several sentences and the words after it ("…“, sagte Yoon.")
 * stay one sentence.
 */
record Sentence(int paragraph, int start, String text) {

    private static final Set<String> ABBREVIATIONS = Set.of("Dr", "Prof", "Nr", "St", "bzw", "ca", "vgl", "Mr", "Mrs", "Ms", "Jr", "Sr",
            "z", "B", "u", "a", "d", "h", "etc", "Jan", "Feb", "Aug", "Sept", "Okt", "Nov", "Dez", "Dec", "Oct", "No", "vs", "Gen", "Sen", "Rep",
            "Gov", "Lt", "Col", "Capt", "Abs", "Art", "S");
    private static final String OPENING = "„“\"«»‚‘";
    // a "sentence" longer than this is text without punctuation; it is cut at a space so that no rule reads megabytes at once
    static final int LONGEST = 2_000;

    /** The sentence as a citation: its paragraph and its text, which stands verbatim there. */
    Citation citation() {
        return new Citation(paragraph, text);
    }

    /** Where the sentence ends in its paragraph. */
    int end() {
        return start + text.length();
    }

    /** The sentences of a paragraph, in order. */
    static List<Sentence> split(int paragraph, String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        boolean quoted = false;
        char open = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!quoted && (c == '„' || c == '“' && !closes(open, c) || c == '"' || c == '«' || c == '»')) {
                quoted = true;
                open = c;
                continue;
            }
            if (quoted && closes(open, c)) {
                quoted = false;
                continue;
            }
            if (quoted || ".!?…".indexOf(c) < 0 || c == '.' && isAbbreviationOrNumber(text, i)) {
                continue;
            }
            int end = i + 1;
            while (end < text.length() && ".!?…“”\"«»'’)".indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            int next = end;
            while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next == text.length() || next > end && startsSentence(text.charAt(next))) {
                add(sentences, paragraph, text, start, end);
                start = next;
                i = next - 1;
            }
        }
        add(sentences, paragraph, text, start, text.length());
        return sentences;
    }

    private static boolean closes(char open, char c) {
        return switch (open) {
            case '„' -> c == '“' || c == '”' || c == '"';
            case '“' -> c == '”';
            case '"' -> c == '"';
            case '«' -> c == '»';
            case '»' -> c == '«';
            default -> false;
        };
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || OPENING.indexOf(c) >= 0;
    }

    private static boolean isAbbreviationOrNumber(String text, int dot) {
        int wordStart = dot;
        while (wordStart > 0 && Character.isLetterOrDigit(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot);
        // "18. Oktober": an ordinal, not the end of a sentence
        return !word.isEmpty() && (word.chars().allMatch(Character::isDigit) || ABBREVIATIONS.contains(word));
    }

    private static void add(List<Sentence> sentences, int paragraph, String text, int start, int end) {
        while (end - start > LONGEST) {
            int cut = text.lastIndexOf(' ', start + LONGEST);
            cut = cut <= start ? start + LONGEST : cut;
            if (Character.isHighSurrogate(text.charAt(cut - 1))) {
                cut--;
            }
            add(sentences, paragraph, text, start, cut);
            start = cut;
        }
        String sentence = text.substring(start, end).strip();
        if (!sentence.isEmpty()) {
            sentences.add(new Sentence(paragraph, text.indexOf(sentence, start), sentence));
        }
    }
}
