package dev.storyatlas.map;

import dev.storyatlas.story.Story;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What an explorer shows for one story, language, actor filter and time range, apart from what a
 * reader has open: the selection, the map's pins and lines, the lists, the days and the count, each
 * as the browser is sent it. Worked out once and shared: most readers of an embed arrive at the same
 * unfiltered map, and each used to cost the server the same work and its own copy of the same texts.
 */
record Rendering(Story story, MapSelection selection, String pins, String lines,
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
     * the state's selection the first time. A reloaded story is another story here: readers who still have the
     * version before keep theirs, and the unused one is the first to go.
     */
    static Rendering of(Story story, Locale locale, MapState state, Function<MapSelection, Rendering> render) {
        Key key = new Key(story, locale, Set.copyOf(state.actors()), state.fromDate().orElse(null), state.toDate().orElse(null));
        synchronized (CACHE) {
            Rendering kept = CACHE.get(key);
            if (kept != null) {
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
