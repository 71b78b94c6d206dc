package dev.storyatlas.studio.draft;

import java.text.Normalizer;
import java.util.Locale;

/** Ids as the story format wants them: lower-case words and digits joined by single hyphens. */
final class Slugs {

    private Slugs() {
    }

    /** The text as an id: "Frankfurt (Oder)" becomes {@code frankfurt-oder}, "Südkoreas Außenministerium" {@code suedkoreas-aussenministerium}. */
    static String of(String text) {
        String german = text.toLowerCase(Locale.ROOT).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        String ascii = Normalizer.normalize(german, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "item" : slug;
    }
}
