package dev.storyatlas.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The user interface's texts in German and English, from {@code i18n/ui*.properties}. A key that is
 * missing shows as itself in brackets, so a gap is visible instead of silent.
 */
@Component
class Translations implements I18NProvider {

    private static final String BUNDLE = "i18n.ui";

    // Every reader's view asks for a few dozen texts: keep the bundles and the parsed patterns, both per
    // supported language, so the caches stay as small as the bundles whatever locales readers send
    // (a MessageFormat is not thread-safe, so each use formats with a copy).
    private final Map<Locale, ResourceBundle> bundles = new ConcurrentHashMap<>();
    private final Map<Locale, Map<String, MessageFormat>> formats = new ConcurrentHashMap<>();

    @Override
    public List<Locale> getProvidedLocales() {
        return Language.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            Locale language = Language.closestTo(locale);
            ResourceBundle bundle = bundles.computeIfAbsent(language, l -> ResourceBundle.getBundle(BUNDLE, l, NoFallback.INSTANCE));
            String pattern = bundle.getString(key);
            if (params.length == 0) {
                return pattern;
            }
            MessageFormat format = formats.computeIfAbsent(language, l -> new ConcurrentHashMap<>())
                    .computeIfAbsent(key, k -> new MessageFormat(pattern, language));
            return ((MessageFormat) format.clone()).format(params);
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
