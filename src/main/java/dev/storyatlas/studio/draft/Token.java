package dev.storyatlas.studio.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A word of a sentence and where it stands in the paragraph; "nv.ua", "1.500" and "Nato-Chef" are one word each. */
record Token(String text, int start, int end) {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}’'.\\-]*[\\p{L}\\p{N}])?");

    /** The words of the sentence, with offsets in its paragraph. */
    static List<Token> of(Sentence sentence) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(sentence.text());
        while (m.find()) {
            tokens.add(new Token(m.group(), sentence.start() + m.start(), sentence.start() + m.end()));
        }
        return tokens;
    }

    boolean capitalised() {
        return Character.isUpperCase(text.charAt(0));
    }

    /** The part before the first hyphen of a compound ("US" of "US-Verteidigungsminister"), or empty. */
    String prefix() {
        int hyphen = text.indexOf('-');
        return hyphen > 0 ? text.substring(0, hyphen) : "";
    }
}
