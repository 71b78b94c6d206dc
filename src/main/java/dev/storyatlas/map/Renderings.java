package dev.storyatlas.map;

import com.vaadin.flow.i18n.I18NProvider;
import dev.storyatlas.platform.AsciiJson;
import dev.storyatlas.platform.PlatformProperties;
import dev.storyatlas.story.Story;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The renderings readers share: one per story, language, actor filter and time range, made by
 * {@link Rendering#of} the first time it is asked for and kept while it is among the most recently used.
 * Most readers of an embed arrive at the same unfiltered map; they get the same texts.
 */
@Component
public class Renderings {

    /** Enough for every language and filter a story is read with at once; the least recently used goes first. */
    static final int KEPT = 256;

    private final I18NProvider translations;
    private final JsonMapper listingJson;
    private final Map<Key, Rendering> kept = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Rendering> eldest) {
            return size() > KEPT;
        }
    };

    Renderings(I18NProvider translations, PlatformProperties platform) {
        this.translations = translations;
        this.listingJson = AsciiJson.mapper(platform);
    }

    /**
     * The rendering of the story in this language and state (its place and link aside). A reloaded story is
     * another story here: readers who still have the version before keep theirs, and the unused one goes first.
     */
    public Rendering of(Story story, Locale locale, MapState state) {
        Key key = new Key(story, locale, Set.copyOf(state.actors()), state.fromDate().orElse(null), state.toDate().orElse(null));
        synchronized (kept) {
            Rendering known = kept.get(key);
            if (known != null) {
                return known;
            }
        }
        // made outside the lock: two readers may both make it the first time, and either result is right
        Rendering made = Rendering.of(story, state, Texts.of(translations, locale), listingJson);
        synchronized (kept) {
            kept.put(key, made);
        }
        return made;
    }

    /** The story by identity: a reloaded story may equal the one before it and still need its own rendering. */
    private record Key(Story story, Locale locale, Set<String> actors, @Nullable LocalDate from, @Nullable LocalDate to) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && story == key.story && locale.equals(key.locale) && actors.equals(key.actors)
                    && Objects.equals(from, key.from) && Objects.equals(to, key.to);
        }

        @Override
        public int hashCode() {
            return Objects.hash(System.identityHashCode(story), locale, actors, from, to);
        }
    }
}
