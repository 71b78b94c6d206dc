package dev.storyatlas.map;

import com.vaadin.flow.router.QueryParameters;
import dev.storyatlas.base.Language;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a reader sees, as the URL carries it: the open place ({@code ?place=}) or link ({@code ?link=}),
 * the actor filter ({@code ?actor=}, repeatable or comma-separated), the time range
 * ({@code ?from=2024-10-18&to=2024-10-21}) and the interface language ({@code ?lang=}). Values are kept
 * as given; the view checks them against the story. The one owner of these parameters and their names:
 * the views' URLs, the embed code, the web component's attributes and the first pins all go through it.
 */
public record MapState(@Nullable String place, Set<String> actors, @Nullable String lang,
        @Nullable String link, @Nullable String from, @Nullable String to) {

    public static final String PLACE = "place";
    public static final String LINK = "link";
    public static final String ACTOR = "actor";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String LANG = Language.PARAMETER;
    /** Every parameter, in the order links and embed code write them, so equal states give equal text. */
    public static final List<String> PARAMETERS = List.of(PLACE, LINK, ACTOR, FROM, TO, LANG);
    /** The parameters a reader's clicks change (all but the language). */
    public static final List<String> READER_CHOICES = List.of(PLACE, LINK, ACTOR, FROM, TO);

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
        return of(query.getParameters());
    }

    /** Reads the state from parameters by name, each with its values (a servlet request's map, the web component's attributes). */
    public static MapState of(Map<String, List<String>> params) {
        Set<String> actors = new LinkedHashSet<>();
        params.getOrDefault(ACTOR, List.of()).stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .filter(id -> !id.isEmpty())
                .forEach(actors::add);
        return new MapState(first(params, PLACE), actors, first(params, LANG),
                first(params, LINK), first(params, FROM), first(params, TO));
    }

    /** The parameters that are set, by name in {@link #PARAMETERS} order; actors sorted and comma-separated. */
    public Map<String, String> parameters() {
        Map<String, String> params = new LinkedHashMap<>();
        put(params, PLACE, place);
        put(params, LINK, link);
        put(params, ACTOR, actors.isEmpty() ? null : String.join(",", actors.stream().sorted().toList()));
        put(params, FROM, from);
        put(params, TO, to);
        put(params, LANG, lang);
        return params;
    }

    /** The query parameters that reproduce this state; actors sorted so equal states give equal links. */
    public QueryParameters toQueryParameters() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        parameters().forEach((name, value) -> params.put(name, List.of(value)));
        return new QueryParameters(params);
    }

    /** The URL query that reproduces this state, without the {@code ?}; empty for the empty state. */
    public String queryString() {
        return parameters().entrySet().stream()
                .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The state with this interface language. */
    public MapState withLang(@Nullable String language) {
        return new MapState(place, actors, language, link, from, to);
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

    private static void put(Map<String, String> params, String name, @Nullable String value) {
        if (value != null) {
            params.put(name, value);
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
