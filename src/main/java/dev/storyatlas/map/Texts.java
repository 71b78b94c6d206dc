package dev.storyatlas.map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import java.util.function.BiFunction;

/** The interface's texts in one language: what a rendering is worded in, with or without a component at hand. */
record Texts(Locale locale, BiFunction<String, Object[], String> translation) {

    /** The translation of the key with its parameters. */
    String get(String key, Object... params) {
        return translation.apply(key, params);
    }

    /** The texts of the translations in this language. */
    static Texts of(I18NProvider translations, Locale locale) {
        return new Texts(locale, (key, params) -> translations.getTranslation(key, locale, params));
    }

    /** The texts a component shows, in its language (which only the component itself may ask for). */
    static Texts of(Component component, Locale locale) {
        return new Texts(locale, component::getTranslation);
    }
}
