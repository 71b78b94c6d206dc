package dev.storyatlas.studio.draft;

import dev.storyatlas.story.Place;
import dev.storyatlas.story.PlaceBasis;
import dev.storyatlas.story.PlaceKind;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the places an article names, sentence by sentence, in the gazetteer: cities and regions by any of
 * their names ("Kyjiw", "Gebiet Brjansk", "Frankfurt (Oder)"), a short name that several cities share
 * ("Frankfurt", "Halle") with all of them, and states ("Nordkorea") with their capital, which stands for them.
 */
final class PlaceFinder {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}’'.]*[\\p{L}\\p{N}])?");
    private static final Set<String> REGION_BEFORE = Set.of("Gebiet", "Oblast", "Region", "Provinz", "Bundesstaat", "Bundesland",
            "Präfektur", "Kanton", "Verwaltungsbezirk", "Province", "State");
    private static final Set<String> REGION_AFTER = Set.of("Oblast", "region", "Region", "province", "Province", "state", "State",
            "Prefecture", "prefecture", "Governorate", "governorate", "Krai", "krai");
    private static final int LONGEST_NAME = 5;

    private final Gazetteer gazetteer;
    private final States states;
    private final Lexicon lexicon;
    private final boolean german;
    private final String publisher;
    private final Map<String, PlaceProposal> places = new LinkedHashMap<>();

    PlaceFinder(Gazetteer gazetteer, States states, String publisher) {
        this.gazetteer = gazetteer;
        this.publisher = publisher;
        this.states = states;
        this.german = states.german();
        this.lexicon = Lexicon.of(german);
    }

    /** The places named so far, one proposal per wording, in the order the article first names them. */
    List<PlaceProposal> places() {
        return List.copyOf(places.values());
    }

    /**
     * Reads one sentence; call in article order. {@code people} are the spans (paragraph offsets) where the
     * sentence names a person ("Lloyd Austin" is no place in Texas).
     */
    void read(Sentence sentence, List<int[]> people) {
        String text = sentence.text();
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        Set<Integer> taken = new LinkedHashSet<>();
        for (int[] person : people) {
            for (int k = person[0] - sentence.start(); k < person[1] - sentence.start(); k++) {
                taken.add(k);
            }
        }
        for (States.Mention state : states.in(text)) {
            if (state.form() != States.Form.ADJECTIVE && !compound(text, state.end())) {
                // one proposal per state, by its name (not "Russlands"), citing where the article first names it
                String name = state.state().name(german);
                gazetteer.capital(state.state().code()).ifPresent(capital -> propose(name, PlaceBasis.STATE, sentence, List.of(capital)));
            }
            for (int k = state.start(); k < state.end(); k++) {
                taken.add(k);
            }
        }
        for (int i = 0; i < words.size(); i++) {
            int start = words.get(i)[0];
            if (taken.contains(start) || !Character.isUpperCase(text.charAt(start))) {
                continue;
            }
            for (int j = Math.min(words.size() - 1, i + LONGEST_NAME - 1); j >= i; j--) {
                int end = words.get(j)[1];
                if (end < text.length() && text.charAt(end) == ')' && text.lastIndexOf('(', end) > start) {
                    end++;
                }
                if (match(sentence, words, i, j, start, end)) {
                    for (int k = start; k < end; k++) {
                        taken.add(k);
                    }
                    i = j;
                    break;
                }
            }
        }
    }

    private boolean match(Sentence sentence, List<int[]> words, int i, int j, int start, int end) {
        String text = sentence.text();
        String span = text.substring(start, end);
        List<Gazetteer.Entry> found = entries(span);
        if (found.isEmpty() && german && span.endsWith("s") && span.length() > 3) {
            found = entries(span.substring(0, span.length() - 1));
        }
        if (found.isEmpty()) {
            return false;
        }
        String before = i > 0 ? text.substring(words.get(i - 1)[0], words.get(i - 1)[1]) : "";
        String after = j + 1 < words.size() ? text.substring(words.get(j + 1)[0], words.get(j + 1)[1]) : "";
        // "Berlin taz |": the dateline names where the article was written, not a place of the story
        if (after.equalsIgnoreCase(publisher) || text.startsWith(" |", end) || text.startsWith(" (", end) && text.indexOf(')', end) - end < 8) {
            return false;
        }
        if (REGION_BEFORE.contains(before) || REGION_AFTER.contains(after)) {
            List<Gazetteer.Entry> regions = found.stream().filter(e -> e.kind() == PlaceKind.REGION).toList();
            List<Gazetteer.Entry> named = new ArrayList<>(regions);
            found.stream().filter(e -> e.kind() == PlaceKind.CITY).forEach(city -> gazetteer.regionsNamedAfter(city).stream()
                    .filter(r -> !named.contains(r)).forEach(named::add));
            if (!named.isEmpty()) {
                int from = REGION_BEFORE.contains(before) ? words.get(i - 1)[0] : start;
                int to = REGION_AFTER.contains(after) ? words.get(j + 1)[1] : end;
                propose(text.substring(from, to), PlaceBasis.NAMED, sentence, named);
                return true;
            }
        }
        List<Gazetteer.Entry> cities = found.stream().filter(e -> e.kind() == PlaceKind.CITY).toList();
        List<Gazetteer.Entry> candidates = cities.isEmpty() ? found.stream().filter(e -> e.kind() == PlaceKind.REGION).toList() : cities;
        if (candidates.isEmpty()) {
            return false;
        }
        // "in der Halle", "die neue Halle": a noun, not the town; news put no article before a town's name
        String beforeThat = i > 1 ? text.substring(words.get(i - 2)[0], words.get(i - 2)[1]) : "";
        if (j == i && (determiner(before) || before.matches("\\p{Ll}+(e|en|er|es|em)") && determiner(beforeThat))) {
            return false;
        }
        propose(span, PlaceBasis.NAMED, sentence, candidates);
        return true;
    }

    private boolean determiner(String word) {
        return lexicon.determiners().contains(word.toLowerCase(Locale.ROOT));
    }

    private List<Gazetteer.Entry> entries(String name) {
        Set<Gazetteer.Entry> all = new LinkedHashSet<>(gazetteer.named(name));
        all.addAll(gazetteer.shortNamed(name));
        return all.stream().filter(e -> e.kind() != PlaceKind.COUNTRY).sorted(Gazetteer.LIKELIEST).toList();
    }

    /** "Ukraine-Krise", "US-Militärhilfe": a state's name as the first part of a compound names no place. */
    private static boolean compound(String text, int end) {
        return end + 1 < text.length() && text.charAt(end) == '-' && Character.isLetter(text.charAt(end + 1));
    }

    private void propose(String written, PlaceBasis basis, Sentence sentence, List<Gazetteer.Entry> entries) {
        if (places.containsKey(written)) {
            return;
        }
        List<PlaceCandidate> candidates = entries.stream().limit(8).map(e -> candidate(e, written, basis)).toList();
        places.put(written, new PlaceProposal(written, basis, sentence.citation(), candidates));
    }

    private PlaceCandidate candidate(Gazetteer.Entry entry, String written, PlaceBasis basis) {
        // the words as written are the place's name in the article's language, where they name it; the gazetteer's own name is the other
        boolean asWritten = basis == PlaceBasis.NAMED && (entry.names().contains(written) || entry.kind() == PlaceKind.REGION);
        String english = gazetteer.englishName(entry);
        String de = german && asWritten ? written : gazetteer.germanName(entry);
        String en = !german && asWritten ? written : english;
        return new PlaceCandidate(Slugs.of(english), new Place.Names(de, en),
                entry.lat(), entry.lon(), entry.kind(), entry.country(), context(entry));
    }

    private String context(Gazetteer.Entry entry) {
        Locale language = german ? Locale.GERMAN : Locale.ENGLISH;
        String country = Gazetteer.countryName(entry.country(), language);
        String kind = switch (entry.kind()) {
            case CITY -> entry.capital() ? (german ? "Hauptstadt" : "capital") : (german ? "Stadt" : "city");
            case REGION -> german ? "Region" : "region";
            case COUNTRY -> german ? "Staat" : "country";
        };
        String where = entry.kind() == PlaceKind.CITY && !entry.context().isBlank() && !entry.context().equals(entry.name())
                && !entry.context().equals(gazetteer.englishName(entry))
                ? entry.context() + ", " + country : country;
        String population = entry.population() > 0
                ? (german ? ", " : ", pop. ") + NumberFormat.getIntegerInstance(language).format(entry.population()) + (german ? " Einw." : "")
                : "";
        return kind + " in " + where + population;
    }
}
