package dev.storyatlas.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * The user interface's texts in German and English, from {@code i18n/ui*.properties}. A key that is
 * missing shows as itself in brackets, so a gap is visible instead of silent.
 */
@Component
class Translations implements I18NProvider {

    private static final String BUNDLE = "i18n.ui";

    @Override
    public List<Locale> getProvidedLocales() {
        return Language.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, Language.closestTo(locale), NoFallback.INSTANCE).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
    }

    /** Resolves only the requested language and the base bundle, never the JVM's default locale. */
    private static final class NoFallback extends ResourceBundle.Control {
        static final NoFallback INSTANCE = new NoFallback();

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }
    }
}
