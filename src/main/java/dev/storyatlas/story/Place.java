package dev.storyatlas.story;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A place of the story with its German and English names. {@code implied} marks a place the article
 * never names but clearly implies; {@code note} says how.
 */
public record Place(
        String id,
        Names name,
        double lat,
        double lon,
        PlaceKind kind,
        boolean implied,
        @Nullable String note) {

    public Place {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /** The place's name in the given language (German or English, English for any other). */
    public String name(Locale locale) {
        return name.in(locale);
    }

    /** A name in German and English. */
    public record Names(String de, String en) {

        public Names {
            Objects.requireNonNull(de, "de");
            Objects.requireNonNull(en, "en");
        }

        /** The German name for German, the English one otherwise. */
        public String in(Locale locale) {
            return "de".equals(locale.getLanguage()) ? de : en;
        }
    }
}
