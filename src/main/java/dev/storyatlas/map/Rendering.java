package dev.storyatlas.map;

import dev.storyatlas.story.Story;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What an explorer shows for one story, language, actor filter and time range, apart from what a
 * reader has open: the selection, the map's pins and lines, the lists, the days and the count, each
 * as the browser is sent it. Worked out once and shared: most readers of an embed arrive at the same
 * unfiltered map, and each used to cost the server the same work and its own copy of the same texts.
 */
record Rendering(Story story, MapSelection selection, StoryMap.Drawing pins, StoryMap.Drawing lines,
        Choices.Listing places, Choices.Listing links, Choices.Listing days, String count) {

    /** Enough for every language and filter a story is read with at once; the least recently used goes first. */
    static final int KEPT = 256;

    private static final Map<Key, Rendering> CACHE = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Rendering> eldest) {
            return size() > KEPT;
        }
    };

    /**
     * The rendering of the story in this language and state (its place and link aside), made by {@code render} from
     * the state's selection the first time and whenever the story has been reloaded since.
     */
    static Rendering of(Story story, Locale locale, MapState state, Function<MapSelection, Rendering> render) {
        Key key = new Key(story.id(), locale, Set.copyOf(state.actors()), state.fromDate().orElse(null), state.toDate().orElse(null));
        synchronized (CACHE) {
            Rendering kept = CACHE.get(key);
            if (kept != null && kept.story() == story) {
                return kept;
            }
        }
        // made outside the lock: two readers may both make it the first time, and either result is right
        Rendering made = render.apply(MapSelection.of(story, state));
        if (made.story() != story) {
            throw new IllegalArgumentException("a rendering of story " + made.story().id() + " made for " + story.id());
        }
        synchronized (CACHE) {
            CACHE.put(key, made);
        }
        return made;
    }

    private record Key(String story, Locale locale, Set<String> actors, @Nullable LocalDate from, @Nullable LocalDate to) {
    }
}
