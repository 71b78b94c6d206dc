package dev.storyatlas.map;

import com.vaadin.flow.router.QueryParameters;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a reader sees, as the URL carries it: the open place ({@code ?place=}), the actor filter
 * ({@code ?actor=}, repeatable or comma-separated) and the interface language ({@code ?lang=}).
 */
public record MapState(@Nullable String place, Set<String> actors, @Nullable String lang) {

    public static final MapState EMPTY = new MapState(null, Set.of(), null);

    public MapState {
        actors = Set.copyOf(new LinkedHashSet<>(actors));
        place = place == null || place.isBlank() ? null : place.strip();
        lang = lang == null || lang.isBlank() ? null : lang.strip();
    }

    /** Reads the state from a URL's query parameters; ids are taken as given and checked by the view. */
    public static MapState of(QueryParameters query) {
        Map<String, List<String>> params = query.getParameters();
        Set<String> actors = new LinkedHashSet<>();
        params.getOrDefault("actor", List.of()).stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .filter(id -> !id.isEmpty())
                .forEach(actors::add);
        return new MapState(first(params, "place"), actors, first(params, "lang"));
    }

    /** The query parameters that reproduce this state; actors sorted so equal states give equal links. */
    QueryParameters toQueryParameters() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (place != null) {
            params.put("place", List.of(place));
        }
        if (!actors.isEmpty()) {
            params.put("actor", List.of(String.join(",", actors.stream().sorted().toList())));
        }
        if (lang != null) {
            params.put("lang", List.of(lang));
        }
        return new QueryParameters(params);
    }

    MapState withPlace(@Nullable String placeId) {
        return new MapState(placeId, actors, lang);
    }

    MapState withActors(Set<String> actorIds) {
        return new MapState(place, actorIds, lang);
    }

    private static @Nullable String first(Map<String, List<String>> params, String name) {
        List<String> values = params.getOrDefault(name, List.of());
        return values.isEmpty() ? null : values.getFirst();
    }
}
