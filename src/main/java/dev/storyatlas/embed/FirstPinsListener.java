package dev.storyatlas.embed;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.internal.LocaleUtil;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import com.vaadin.flow.theme.lumo.Lumo;
import dev.storyatlas.base.Language;
import dev.storyatlas.map.FirstPins;
import dev.storyatlas.map.MapState;
import dev.storyatlas.story.Story;
import dev.storyatlas.story.StoryCatalog;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Puts the pins of the story an {@code /embed} URL asks for into the bootstrap page, as a JSON data
 * block, so the browser draws them while the server builds the view instead of after it. The pins
 * follow the URL's filter and language as the view will; the view's map replaces them once it is there.
 * Every page also gets the line it shows when the browser drops our cookie ({@link CookieCheckFilter}).
 */
@Component
class FirstPinsListener implements VaadinServiceInitListener {

    /** {@code /embed}, {@code /embed/} and {@code /embed/<story>}; anything else gets no data. */
    private static final Pattern EMBED_PATH = Pattern.compile("/embed(?:/([A-Za-z0-9_-]+))?/?");

    private static final Pattern QUERY_OR_FRAGMENT = Pattern.compile("[?#].*$");

    /** Marks a style sheet link the page applies after the first map; {@code frontend/index.ts} looks for it. */
    static final String HELD_STYLE_SHEET = "data-sa-held";

    /** The meta element with the line for a reader whose browser drops our cookie; {@code frontend/cookie-check.ts} reads it. */
    static final String COOKIE_NOTE = "sa-cookie-note";

    private final StoryCatalog catalog;
    private final I18NProvider translations;
    /** The common case, an embed without filter: its pins per story and language, kept until the story changes. */
    private final Map<String, Unfiltered> unfiltered = new ConcurrentHashMap<>();

    FirstPinsListener(StoryCatalog catalog, I18NProvider translations) {
        this.catalog = catalog;
        this.translations = translations;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::addFirstPins);
    }

    private void addFirstPins(IndexHtmlResponse response) {
        VaadinRequest request = response.getVaadinRequest();
        MapState state = MapState.of(QueryParameters.full(request.getParameterMap()));
        Locale locale = Optional.ofNullable(state.lang()).flatMap(Language::fromParameter)
                .orElseGet(() -> Language.closestTo(sessionLocale(request)));
        Optional<Story> embedded = story(request.getPathInfo());
        addCookieNote(response.getDocument(), translations.getTranslation(
                embedded.isPresent() ? "embed.cookie-note" : "embed.cookie-note.page", locale));
        embedded.ifPresent(story -> {
            json(story, state, locale).ifPresent(json -> {
                Element data = response.getDocument().body().appendElement("script")
                        .attr("type", "application/json").id(FirstPins.ELEMENT_ID);
                data.appendChild(new DataNode(json));
                holdBackLumo(response.getDocument());
            });
        });
    }

    /**
     * The line a page shows when the browser drops our cookie ({@code frontend/cookie-check.ts}), as an
     * attribute value: text, never markup.
     */
    private static void addCookieNote(Document page, String note) {
        page.head().appendElement("meta").attr("name", COOKIE_NOTE).attr("content", note);
    }

    /**
     * The language Vaadin will give the reader's session, and so the view, when the URL names none: a
     * language the browser lists exactly, else one it lists by language alone, else the first offered
     * (the same steps and order as Vaadin's own choice, so the first pins and the view agree).
     */
    private Locale sessionLocale(VaadinRequest request) {
        List<Locale> offered = translations.getProvidedLocales();
        return LocaleUtil.getExactLocaleMatch(request, offered)
                .or(() -> LocaleUtil.getLocaleMatchByLanguage(request, offered))
                .orElse(offered.isEmpty() ? Locale.ENGLISH : offered.getFirst());
    }

    /**
     * Disables Lumo's style sheet, so the browser fetches it only when the page enables it after the
     * first map is painted ({@code frontend/index.ts}, beside Flow's scripts and before Flow asks for
     * the view). A style sheet in the page's head holds back every module script and the first paint
     * until it is loaded and parsed, and Lumo's is by far the largest (234 KB before compression);
     * even as a preload it competed with the first map's script for the connection and the server.
     * The first map needs none of it ({@code story-atlas.css} gives it Lumo's values as fallbacks),
     * and the view shows only once it applies, unless it cannot be loaded.
     */
    static void holdBackLumo(Document page) {
        // by tag and attributes: a CSS selector would be parsed anew for every page
        for (Element link : page.head().getElementsByTag("link")) {
            String path = QUERY_OR_FRAGMENT.matcher(link.attr("href")).replaceFirst("");
            if (link.attr("rel").equals("stylesheet") && (path.equals(Lumo.STYLESHEET) || path.equals("./" + Lumo.STYLESHEET))) {
                link.attr("disabled", "").attr(HELD_STYLE_SHEET, "");
            }
        }
    }

    /** The data block's JSON; the same for every URL without actor or time filter, so that is computed once per story and language. */
    private Optional<String> json(Story story, MapState state, Locale locale) {
        if (!state.actors().isEmpty() || state.from() != null || state.to() != null) {
            return FirstPins.json(story, state, locale, translations);
        }
        String key = story.id() + "/" + locale.toLanguageTag();
        Unfiltered known = unfiltered.get(key);
        if (known == null || known.story() != story) {
            // a story reloaded from the stories directory is a new object
            known = new Unfiltered(story, FirstPins.json(story, MapState.EMPTY, locale, translations));
            unfiltered.put(key, known);
        }
        return known.json();
    }

    private Optional<Story> story(String path) {
        Matcher embed = EMBED_PATH.matcher(path == null ? "" : path);
        if (!embed.matches()) {
            return Optional.empty();
        }
        return embed.group(1) == null ? Optional.of(catalog.defaultStory()) : catalog.find(embed.group(1));
    }

    private record Unfiltered(Story story, Optional<String> json) {
    }
}
