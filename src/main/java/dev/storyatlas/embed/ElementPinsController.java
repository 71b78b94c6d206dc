package dev.storyatlas.embed;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.QueryParameters;
import dev.storyatlas.base.Language;
import dev.storyatlas.map.FirstPins;
import dev.storyatlas.map.MapState;
import dev.storyatlas.story.Story;
import dev.storyatlas.story.StoryCatalog;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a {@code <story-atlas-map>} element whose browser drops our cookie ({@link ElementPins}): the
 * pins its attributes ask for, read like the URL parameters of {@code /embed}. They are the story's public
 * data, so any site may read them without cookies ({@link CrossOriginFilter}) and any cache may keep them.
 */
@RestController
class ElementPinsController {

    // short: a changed story file reaches these readers about as soon as the scan finds it
    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StoryCatalog catalog;
    private final FirstPins firstPins;
    private final I18NProvider translations;

    ElementPinsController(StoryCatalog catalog, FirstPins firstPins, I18NProvider translations) {
        this.catalog = catalog;
        this.firstPins = firstPins;
        this.translations = translations;
    }

    @GetMapping("/" + ElementPins.PATH)
    ResponseEntity<byte[]> pins(HttpServletRequest request) {
        String storyId = request.getParameter(StoryAtlasMapExporter.STORY);
        Optional<Story> found = catalog.findOrDefault(storyId);
        if (found.isEmpty()) {
            return ResponseEntity.notFound().cacheControl(CACHE).build();
        }
        Story story = found.get();
        MapState state = MapState.of(QueryParameters.full(request.getParameterMap()));
        Optional<Locale> asked = Optional.ofNullable(state.lang()).flatMap(Language::fromParameter);
        Locale locale = asked.orElseGet(() -> Language.closestTo(request.getLocale()));
        // the full map speaks the element's language if it named one it has, else the browser's as here
        MapState unopened = state.withPlace(null).withLang(asked.map(Locale::getLanguage).orElse(null));
        String map = "stories/" + story.id() + (unopened.queryString().isEmpty() ? "" : "?" + unopened.queryString());
        ElementPins answer = new ElementPins(translations.getTranslation("embed.cookie-note", locale), map,
                firstPins.json(story, state, locale).orElse(null));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(CACHE)
                // without a lang attribute the language is the browser's
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .body(JSON.writeValueAsBytes(answer));
    }
}
