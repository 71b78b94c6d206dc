package dev.storyatlas.map;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a reader sees, as the URL carries it: the open place ({@code ?place=}) or link ({@code ?link=}),
 * the actor filter ({@code ?actor=}, repeatable or comma-separated), the time range
 * ({@code ?from=2024-10-18&to=2024-10-21}) and the interface language ({@code ?lang=}). Values are kept
 * as given; the view checks them against the story.
 */
public record MapState(@Nullable String place, Set<String> actors, @Nullable String lang,
        @Nullable String link, @Nullable String from, @Nullable String to) {

    public static final MapState EMPTY = new MapState(null, Set.of(), null);

    public MapState {
        actors = Set.copyOf(new LinkedHashSet<>(actors));
        place = blankToNull(place);
        lang = blankToNull(lang);
        link = blankToNull(link);
        from = blankToNull(from);
        to = blankToNull(to);
    }

    /** A state without link or time range. */
    public MapState(@Nullable String place, Set<String> actors, @Nullable String lang) {
        this(place, actors, lang, null, null, null);
    }

    /** Reads the state from a URL's query parameters. */
    public static MapState of(QueryParameters query) {
        Map<String, List<String>> params = query.getParameters();
        Set<String> actors = new LinkedHashSet<>();
        params.getOrDefault("actor", List.of()).stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .filter(id -> !id.isEmpty())
                .forEach(actors::add);
        return new MapState(first(params, "place"), actors, first(params, "lang"),
                first(params, "link"), first(params, "from"), first(params, "to"));
    }

    /** The query parameters that reproduce this state; actors sorted so equal states give equal links. */
    public QueryParameters toQueryParameters() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        put(params, "place", place);
        put(params, "link", link);
        if (!actors.isEmpty()) {
            params.put("actor", List.of(String.join(",", actors.stream().sorted().toList())));
        }
        put(params, "from", from);
        put(params, "to", to);
        put(params, "lang", lang);
        return new QueryParameters(params);
    }

    /** The state with this place open (and no link). */
    public MapState withPlace(@Nullable String placeId) {
        return new MapState(placeId, actors, lang, null, from, to);
    }

    /** The state with this link open (and no place). */
    public MapState withLink(@Nullable String linkId) {
        return new MapState(null, actors, lang, linkId, from, to);
    }

    public MapState withActors(Set<String> actorIds) {
        return new MapState(place, actorIds, lang, link, from, to);
    }

    /** The state limited to the days from..to (inclusive); nulls for no limit. */
    public MapState withDates(@Nullable LocalDate fromDate, @Nullable LocalDate toDate) {
        return new MapState(place, actors, lang, link,
                fromDate == null ? null : fromDate.toString(), toDate == null ? null : toDate.toString());
    }

    /** The first day shown, if {@code from} is a valid date. */
    public Optional<LocalDate> fromDate() {
        return date(from);
    }

    /** The last day shown, if {@code to} is a valid date. */
    public Optional<LocalDate> toDate() {
        return date(to);
    }

    static Optional<LocalDate> date(@Nullable String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static void put(Map<String, List<String>> params, String name, @Nullable String value) {
        if (value != null) {
            params.put(name, List.of(value));
        }
    }

    private static @Nullable String first(Map<String, List<String>> params, String name) {
        List<String> values = params.getOrDefault(name, List.of());
        return values.isEmpty() ? null : values.getFirst();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
