package dev.storyatlas.base;

import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages the user interface speaks, and how a {@code ?lang=} value picks one. */
public final class Language {

    /** English and German; English first, as it serves a browser that asks for neither. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN);

    private Language() {
    }

    /** The query parameter by which an address asks for a language, e.g. {@code ?lang=de}. */
    public static final String PARAMETER = "lang";

    /** The language a view speaks: the one its address asks for with {@code ?lang=}, else the supported one closest to the browser's. */
    public static Locale requested(QueryParameters query, Locale browser) {
        return query.getSingleParameter(PARAMETER).flatMap(Language::fromParameter).orElseGet(() -> closestTo(browser));
    }

    /** The supported locale for a {@code lang} parameter value such as "de" or "en". */
    public static Optional<Locale> fromParameter(String value) {
        return SUPPORTED.stream().filter(l -> l.getLanguage().equalsIgnoreCase(value.strip())).findFirst();
    }

    /** The supported locale closest to the given one (the browser's), English when none is close. */
    public static Locale closestTo(Locale locale) {
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst().orElse(Locale.ENGLISH);
    }
}
