package dev.storyatlas.story;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A place of the story with its German and English names. {@code implied} marks a place the article
 * never names but clearly implies; {@code note} says how.
 */
public record Place(
        String id,
        Names name,
        @JsonProperty(required = true) double lat,
        @JsonProperty(required = true) double lon,
        PlaceKind kind,
        Boolean implied,
        @Nullable String note) {

    public Place {
        implied = Boolean.TRUE.equals(implied);
    }

    /** The place's name in the given language (German or English, English for any other). */
    public String name(Locale locale) {
        return name.in(locale);
    }

    /** A name in German and English. */
    public record Names(String de, String en) {

        /** The German name for German, the English one otherwise. */
        public String in(Locale locale) {
            return "de".equals(locale.getLanguage()) ? de : en;
        }
    }
}
