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
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Puts the pins of the story an {@code /embed} URL asks for into the bootstrap page, as a JSON data
 * block, so the browser draws them while the server builds the view instead of after it. The pins
 * follow the URL's filter and language as the view will; the view's map replaces them once it is there.
 */
@Component
class FirstPinsListener implements VaadinServiceInitListener {

    /** {@code /embed}, {@code /embed/} and {@code /embed/<story>}; anything else gets no data. */
    private static final Pattern EMBED_PATH = Pattern.compile("/embed(?:/([A-Za-z0-9_-]+))?/?");

    /** Where the production bundle's page and scripts are on the class path. */
    private static final String WEBAPP = "META-INF/VAADIN/webapp/";
    private static final Pattern ENTRY_SCRIPT = Pattern.compile("<script type=\"module\"[^>]*\\ssrc=\"\\./(VAADIN/build/[^\"/]+\\.js)\"");

    /** Marks a style sheet link the page applies after the first map; {@code frontend/index.ts} looks for it. */
    static final String HELD_STYLE_SHEET = "data-sa-held";

    private static final Logger LOG = LoggerFactory.getLogger(FirstPinsListener.class);

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
        // only the production bundle's scripts are served from the class path; development mode has its own
        Optional<String> firstMapScript = Optional.empty();
        if (event.getSource().getDeploymentConfiguration().isProductionMode()) {
            firstMapScript = productionScript(event.getSource().getClassLoader(), "first-map");
            if (firstMapScript.isEmpty()) {
                LOG.warn("The production bundle's entry script imports no first-map script: /embed pages go without its preload hint");
            }
        }
        Optional<String> script = firstMapScript;
        event.addIndexHtmlRequestListener(response -> addFirstPins(response, script));
    }

    private void addFirstPins(IndexHtmlResponse response, Optional<String> firstMapScript) {
        VaadinRequest request = response.getVaadinRequest();
        story(request.getPathInfo()).ifPresent(story -> {
            MapState state = MapState.of(QueryParameters.full(request.getParameterMap()));
            Locale locale = Optional.ofNullable(state.lang()).flatMap(Language::fromParameter)
                    .orElseGet(() -> Language.closestTo(sessionLocale(request)));
            json(story, state, locale).ifPresent(json -> {
                Element data = response.getDocument().body().appendElement("script")
                        .attr("type", "application/json").id(FirstPins.ELEMENT_ID);
                data.appendChild(new DataNode(json));
                firstMapScript.ifPresent(script -> preload(response, script));
                holdBackLumo(response);
            });
        });
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
     * Lets the browser fetch the first map's script with the page's entry script rather than after it
     * has run: a module preload next to the entry, at the entry's own address.
     */
    private static void preload(IndexHtmlResponse response, String script) {
        Element entry = response.getDocument().selectFirst("script[type=module][src*=VAADIN/build/]");
        if (entry != null) {
            String src = entry.attr("src");
            entry.after(new Element("link").attr("rel", "modulepreload").attr("crossorigin", "")
                    .attr("href", src.substring(0, src.lastIndexOf('/') + 1) + script));
        }
    }

    /**
     * Turns Lumo's style sheet into a preload the page applies itself once the first map is painted
     * ({@code frontend/index.ts}, before Flow builds the view). A style sheet in the page's head holds
     * back every module script and the first paint until it is loaded and parsed, and Lumo's is by far
     * the largest; the first map needs none of it ({@code story-atlas.css} gives it Lumo's values as
     * fallbacks). The view never shows without Lumo.
     */
    static void holdBackLumo(IndexHtmlResponse response) {
        for (Element link : response.getDocument().head().select("link[rel=stylesheet][href]")) {
            String path = link.attr("href").replaceFirst("[?#].*$", "").replaceFirst("^\\./", "");
            if (path.equals(Lumo.STYLESHEET)) {
                link.attr("rel", "preload").attr("as", "style").attr(HELD_STYLE_SHEET, "");
            }
        }
    }

    /**
     * The file name of the production bundle's script for a module (its name plus a content hash), as
     * the page's entry script imports it; none in development mode. Read from the entry, not from the
     * build folder, which may still hold the scripts of earlier builds.
     */
    static Optional<String> productionScript(ClassLoader classes, String module) {
        return read(classes, WEBAPP + "index.html")
                .map(ENTRY_SCRIPT::matcher).filter(Matcher::find)
                .flatMap(entry -> read(classes, WEBAPP + entry.group(1)))
                .flatMap(entry -> importedScript(entry, module));
    }

    /** The file name of the script for {@code module} that an entry script imports from its own folder. */
    static Optional<String> importedScript(String entryScript, String module) {
        Matcher imported = Pattern.compile("[\"'`]\\./(" + Pattern.quote(module) + "-[A-Za-z0-9_-]+\\.js)[\"'`]").matcher(entryScript);
        return imported.find() ? Optional.of(imported.group(1)) : Optional.empty();
    }

    /** A text file from the class path; none if it is missing or unreadable, which costs only the preload hint. */
    private static Optional<String> read(ClassLoader classes, String resource) {
        try (InputStream in = classes.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.warn("Could not read {}: {}", resource, e.toString());
            return Optional.empty();
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
