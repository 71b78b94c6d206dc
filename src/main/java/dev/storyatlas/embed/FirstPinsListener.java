package dev.storyatlas.embed;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.internal.LocaleUtil;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import dev.storyatlas.base.Language;
import dev.storyatlas.map.FirstPins;
import dev.storyatlas.map.MapState;
import dev.storyatlas.platform.HeldBackLumo;
import dev.storyatlas.story.Story;
import dev.storyatlas.story.StoryCatalog;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Puts the pins of the story an {@code /embed}, {@code /} or {@code /stories/<story>} URL asks for into the bootstrap
 * page, as a JSON data block, so the browser draws them while the server builds the view instead of after it. The pins
 * follow the URL's filter and language as the view will; the view's map replaces them once it is there.
 * Such a page holds Lumo's style sheet back until the first map is painted ({@link HeldBackLumo}).
 * Every page also gets the probe cookie and the line it shows when the browser drops our cookies ({@link CookieCheckFilter}).
 */
@Component
class FirstPinsListener implements VaadinServiceInitListener {

    /** {@code /embed}, {@code /embed/} and {@code /embed/<story>}. */
    private static final Pattern EMBED_PATH = Pattern.compile("/embed(?:/([A-Za-z0-9_-]+))?/?");
    /** The main view: {@code /} and {@code /stories/<story>}, where readers land from a shared link; other pages get no data. */
    private static final Pattern MAIN_PATH = Pattern.compile("/?|/stories/([A-Za-z0-9_-]+)/?");

    /** The data block's attribute that says which page's layout the first map stands in ({@code frontend/first-map.ts}). */
    static final String LAYOUT = "data-layout";

    /** The meta element with the line for a reader whose browser drops our cookie; {@code frontend/cookie-check.ts} reads it. */
    static final String COOKIE_NOTE = "sa-cookie-note";

    private final StoryCatalog catalog;
    private final I18NProvider translations;
    private final FirstPins firstPins;
    private final HeldBackLumo heldBackLumo;

    FirstPinsListener(StoryCatalog catalog, I18NProvider translations, FirstPins firstPins, HeldBackLumo heldBackLumo) {
        this.catalog = catalog;
        this.translations = translations;
        this.firstPins = firstPins;
        this.heldBackLumo = heldBackLumo;
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
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Matcher embed = EMBED_PATH.matcher(path);
        Matcher main = MAIN_PATH.matcher(path);
        boolean embedded = embed.matches();
        Optional<Story> story = embedded ? catalog.findOrDefault(embed.group(1))
                : main.matches() ? catalog.findOrDefault(main.group(1)) : Optional.empty();
        addCookieNote(response.getDocument(), translations.getTranslation(
                embedded && story.isPresent() ? "embed.cookie-note" : "embed.cookie-note.page", locale));
        response.getVaadinResponse().addCookie(CookieCheckFilter.probe(request.getContextPath()));
        story.flatMap(shown -> firstPins.json(shown, state, locale)).ifPresent(json -> {
            Element data = response.getDocument().body().appendElement("script")
                    .attr("type", "application/json").id(FirstPins.ELEMENT_ID).attr(LAYOUT, embedded ? "embed" : "main");
            data.appendChild(new DataNode(json));
            heldBackLumo.holdBack(response.getDocument());
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

}
