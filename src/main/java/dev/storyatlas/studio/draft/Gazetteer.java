package dev.storyatlas.studio.draft;

import dev.storyatlas.story.PlaceKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The offline gazetteer shipped with the app ({@code gazetteer/places.tsv}, built from GeoNames' cities and a
 * countries-and-regions package and CLDR's city names by {@code src/tools/build-gazetteer.py}): countries, first-level regions and
 * cities with the names a German or English text may use for them. Country names in German and English come
 * from the JDK's locale data. Read once; immutable.
 */
final class Gazetteer {

    /**
     * One place of the gazetteer. {@code names} holds every spelling it is known by, its own name first; {@code german}
     * is a city's German name where the data says which name is German (CLDR's time-zone cities), else empty.
     */
    record Entry(PlaceKind kind, boolean capital, String country, double lat, double lon, long population, String name,
            String context, List<String> names, String german) {
    }

    private static final String RESOURCE = "/gazetteer/places.tsv";
    // names a city goes by in running text when its full name qualifies it ("Frankfurt (Oder)", "Halle (Saale)",
    // "Neustadt an der Weinstraße"): the short form may mean any of them
    private static final Pattern QUALIFIER = Pattern.compile("\\s*(\\(.*\\)|\\b(am|an der|in|im|ob der|bei|upon|on)\\s.*)$");
    // common short forms of country names that the JDK does not give
    private static final Map<String, List<String>> COUNTRY_ALIASES = Map.of(
            "US", List.of("USA", "US", "Vereinigte Staaten von Amerika", "United States of America", "Amerika", "America"),
            "GB", List.of("Großbritannien", "Britain", "Great Britain", "UK"),
            "CN", List.of("Volksrepublik China", "People's Republic of China"),
            "KP", List.of("Demokratische Volksrepublik Korea"),
            "KR", List.of("Republik Korea", "Republic of Korea"),
            "RU", List.of("Russische Föderation", "Russian Federation"),
            "NL", List.of("Holland"),
            "CZ", List.of("Tschechien", "Czech Republic"));

    // German names of capitals where the gazetteer's names carry no language: the exonym German news use
    private static final Map<String, String> GERMAN_CAPITALS = Map.ofEntries(
            Map.entry("AT", "Wien"), Map.entry("BE", "Brüssel"), Map.entry("CN", "Peking"), Map.entry("CZ", "Prag"),
            Map.entry("DK", "Kopenhagen"), Map.entry("EG", "Kairo"), Map.entry("GR", "Athen"), Map.entry("IN", "Neu-Delhi"),
            Map.entry("IR", "Teheran"), Map.entry("IT", "Rom"), Map.entry("JP", "Tokio"), Map.entry("KP", "Pjöngjang"),
            Map.entry("MX", "Mexiko-Stadt"), Map.entry("PL", "Warschau"), Map.entry("PT", "Lissabon"), Map.entry("RO", "Bukarest"),
            Map.entry("RS", "Belgrad"), Map.entry("RU", "Moskau"), Map.entry("SY", "Damaskus"), Map.entry("UA", "Kyjiw"),
            Map.entry("IQ", "Bagdad"), Map.entry("MN", "Ulan-Bator"), Map.entry("GE", "Tiflis"), Map.entry("AM", "Eriwan"),
            Map.entry("CU", "Havanna"), Map.entry("SA", "Riad"), Map.entry("TW", "Taipeh"), Map.entry("US", "Washington"),
            Map.entry("LU", "Luxemburg"), Map.entry("CH", "Bern"));

    /** Which of several places a name likelier means: a capital, then the most populous. */
    static final Comparator<Entry> LIKELIEST = Comparator.comparing((Entry e) -> !e.capital())
            .thenComparing(Comparator.comparingLong(Entry::population).reversed());

    private static final Gazetteer INSTANCE = read();

    private final List<Entry> entries;
    private final Map<String, List<Entry>> byName = new HashMap<>();
    private final Map<String, List<Entry>> byShortName = new HashMap<>();
    private final Map<String, Entry> countries = new HashMap<>();
    private final Map<String, Entry> capitals = new HashMap<>();

    private Gazetteer(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (Entry entry : entries) {
            for (String name : entry.names()) {
                byName.computeIfAbsent(name, n -> new ArrayList<>()).add(entry);
                String shortName = QUALIFIER.matcher(name).replaceFirst("");
                if (entry.kind() == PlaceKind.CITY && !shortName.equals(name) && !shortName.isBlank()) {
                    byShortName.computeIfAbsent(shortName, n -> new ArrayList<>()).add(entry);
                }
            }
            if (entry.kind() == PlaceKind.COUNTRY) {
                countries.put(entry.country(), entry);
            } else if (entry.capital()) {
                capitals.merge(entry.country(), entry, (a, b) -> a.population() >= b.population() ? a : b);
            }
        }
        byName.values().forEach(list -> list.sort(LIKELIEST));
        byShortName.values().forEach(list -> list.sort(LIKELIEST));
    }

    /** The gazetteer shipped with the app. */
    static Gazetteer shipped() {
        return INSTANCE;
    }

    /** Every entry with exactly this name, the likeliest (capitals, then the most populous) first. */
    List<Entry> named(String name) {
        return byName.getOrDefault(name, List.of());
    }

    /** Cities whose full name qualifies this short one ("Frankfurt" for "Frankfurt (Oder)" and "Frankfurt am Main"). */
    List<Entry> shortNamed(String name) {
        return byShortName.getOrDefault(name, List.of());
    }

    /** Whether any entry goes by this name, in full or short. */
    boolean knows(String name) {
        return byName.containsKey(name) || byShortName.containsKey(name);
    }

    /** The country with this ISO code. */
    Optional<Entry> country(String code) {
        return Optional.ofNullable(countries.get(code));
    }

    /** The country's capital, if the gazetteer has it. */
    Optional<Entry> capital(String code) {
        return Optional.ofNullable(capitals.get(code));
    }

    /** The regions of the city's country that bear its name ("Bryansk Oblast" for Bryansk), best first. */
    List<Entry> regionsNamedAfter(Entry city) {
        return entries.stream()
                .filter(e -> e.kind() == PlaceKind.REGION && e.country().equals(city.country()))
                .filter(e -> e.names().stream().anyMatch(n -> n.equals(city.name()) || n.startsWith(city.name() + " ")
                        || n.startsWith(city.name()) && n.length() - city.name().length() <= 3))
                .toList();
    }

    /** Every country entry. */
    List<Entry> countries() {
        return List.copyOf(countries.values());
    }

    private static Gazetteer read() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the app");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Entry> entries = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    entries.add(entry(line));
                }
            }
            return new Gazetteer(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static Entry entry(String line) {
        String[] f = line.split("\t", -1);
        String kind = f[0];
        String country = f[1];
        Set<String> names = new LinkedHashSet<>();
        names.add(f[5]);
        if (kind.equals("country")) {
            Locale locale = Locale.of("", country);
            names.add(locale.getDisplayCountry(Locale.GERMAN));
            names.add(locale.getDisplayCountry(Locale.ENGLISH));
            names.addAll(COUNTRY_ALIASES.getOrDefault(country, List.of()));
        }
        for (String other : f[7].split("\\|")) {
            if (!other.isBlank()) {
                names.add(other);
            }
        }
        PlaceKind placeKind = switch (kind) {
            case "country" -> PlaceKind.COUNTRY;
            case "region" -> PlaceKind.REGION;
            default -> PlaceKind.CITY;
        };
        return new Entry(placeKind, kind.equals("capital"), country, Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                Long.parseLong(f[4]), f[5], f[6], List.copyOf(names), f.length > 8 ? f[8] : "");
    }

    /** The country's name in the language, from the JDK's locale data. */
    static String countryName(String code, Locale language) {
        return Locale.of("", code).getDisplayCountry(language);
    }

    /** The entry's English name: the JDK's for a country, the country's own word for its capital, the gazetteer's name otherwise. */
    String englishName(Entry entry) {
        if (entry.kind() == PlaceKind.COUNTRY) {
            return countryName(entry.country(), Locale.ENGLISH);
        }
        Entry country = countries.get(entry.country());
        if (entry.capital() && country != null && entry.names().contains(country.context())) {
            return country.context();
        }
        return entry.name().replaceFirst(",.*$", "");
    }

    /**
     * The entry's German name where the gazetteer knows it (countries, capitals, the cities that name a time zone),
     * its English one otherwise.
     */
    String germanName(Entry entry) {
        if (entry.kind() == PlaceKind.COUNTRY) {
            return countryName(entry.country(), Locale.GERMAN);
        }
        if (entry.capital() && GERMAN_CAPITALS.containsKey(entry.country()) && entry.names().contains(GERMAN_CAPITALS.get(entry.country()))) {
            return GERMAN_CAPITALS.get(entry.country());
        }
        return entry.german().isEmpty() ? englishName(entry) : entry.german();
    }
}
