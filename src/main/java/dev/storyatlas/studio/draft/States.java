package dev.storyatlas.studio.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The states a text can name, by their names (the JDK's, in German and English, and common short forms) and by
 * the adjectives made from them ("russischen", "nordkoreanische", "Ukrainian"): who a ministry, an embassy or a
 * group of soldiers belongs to.
 */
final class States {

    /** A state a text names, with its English adjective for ids ("russian-embassy"). */
    record State(String code, String id, String germanName, String englishName, String englishAdjective) {

        String name(boolean german) {
            return german ? germanName : englishName;
        }
    }

    /** Where a text names a state. */
    record Mention(State state, int start, int end, Form form) {
    }

    /** How the text names it: its name, its name in the genitive ("Südkoreas"), or an adjective. */
    enum Form { NAME, GENITIVE, ADJECTIVE }

    // adjectives the rules below would get wrong (German stem, English adjective)
    private static final Map<String, String[]> ADJECTIVES = Map.ofEntries(
            Map.entry("CN", new String[] {"chinesisch", "Chinese"}), Map.entry("DE", new String[] {"deutsch", "German"}),
            Map.entry("FR", new String[] {"französisch", "French"}), Map.entry("GB", new String[] {"britisch", "British"}),
            Map.entry("US", new String[] {"amerikanisch", "American"}), Map.entry("NL", new String[] {"niederländisch", "Dutch"}),
            Map.entry("CH", new String[] {"schweizerisch", "Swiss"}), Map.entry("TR", new String[] {"türkisch", "Turkish"}),
            Map.entry("PL", new String[] {"polnisch", "Polish"}), Map.entry("IT", new String[] {"italienisch", "Italian"}),
            Map.entry("ES", new String[] {"spanisch", "Spanish"}), Map.entry("SE", new String[] {"schwedisch", "Swedish"}),
            Map.entry("DK", new String[] {"dänisch", "Danish"}), Map.entry("GR", new String[] {"griechisch", "Greek"}),
            Map.entry("IL", new String[] {"israelisch", "Israeli"}), Map.entry("JP", new String[] {"japanisch", "Japanese"}),
            Map.entry("KP", new String[] {"nordkoreanisch", "North Korean"}), Map.entry("KR", new String[] {"südkoreanisch", "South Korean"}),
            Map.entry("TH", new String[] {"thailändisch", "Thai"}), Map.entry("IS", new String[] {"isländisch", "Icelandic"}),
            Map.entry("VN", new String[] {"vietnamesisch", "Vietnamese"}), Map.entry("PT", new String[] {"portugiesisch", "Portuguese"}),
            Map.entry("BY", new String[] {"belarussisch", "Belarusian"}), Map.entry("FI", new String[] {"finnisch", "Finnish"}),
            Map.entry("IE", new String[] {"irisch", "Irish"}), Map.entry("CZ", new String[] {"tschechisch", "Czech"}),
            Map.entry("HU", new String[] {"ungarisch", "Hungarian"}), Map.entry("SA", new String[] {"saudisch", "Saudi"}),
            Map.entry("PK", new String[] {"pakistanisch", "Pakistani"}), Map.entry("IQ", new String[] {"irakisch", "Iraqi"}),
            Map.entry("AF", new String[] {"afghanisch", "Afghan"}), Map.entry("PS", new String[] {"palästinensisch", "Palestinian"}),
            Map.entry("AT", new String[] {"österreichisch", "Austrian"}), Map.entry("NZ", new String[] {"neuseeländisch", "New Zealand"}),
            Map.entry("TW", new String[] {"taiwanisch", "Taiwanese"}), Map.entry("NO", new String[] {"norwegisch", "Norwegian"}));
    private static final Map<String, String> IDS = Map.of("US", "usa", "GB", "uk");
    private static final Map<String, String> GERMAN_NAMES = Map.of("US", "USA");
    private static final Map<String, String> ENGLISH_NAMES = Map.of("US", "United States");

    private final boolean german;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int LONGEST_NAME = 5;
    private final Map<String, State> byWord = new HashMap<>();
    private final Map<String, Form> formsByWord = new HashMap<>();

    States(Gazetteer gazetteer, boolean german) {
        this.german = german;
        for (Gazetteer.Entry country : gazetteer.countries()) {
            String code = country.country();
            String germanName = GERMAN_NAMES.getOrDefault(code, Gazetteer.countryName(code, Locale.GERMAN));
            String englishName = ENGLISH_NAMES.getOrDefault(code, Gazetteer.countryName(code, Locale.ENGLISH));
            String[] adjectives = ADJECTIVES.getOrDefault(code, new String[] {germanAdjective(germanName), englishAdjective(englishName)});
            State state = new State(code, IDS.getOrDefault(code, Slugs.of(englishName)), germanName, englishName, adjectives[1]);
            for (String name : country.names()) {
                // a name that is also a word of running text ("Chad" is fine, "Georgia" is a person too): names of two letters only when upper-case
                if (name.length() < 2 || name.contains(",") || name.contains("(")) {
                    continue;
                }
                put(name, state, Form.NAME);
                if (german && !name.endsWith("s") && !name.endsWith("x") && !name.endsWith("z") && !name.contains(" ")) {
                    put(name + "s", state, Form.GENITIVE);
                } else if (!german) {
                    put(name + "'s", state, Form.GENITIVE);
                    put(name + "’s", state, Form.GENITIVE);
                }
            }
            if (german) {
                for (String ending : List.of("e", "en", "er", "es", "em")) {
                    put(adjectives[0] + ending, state, Form.ADJECTIVE);
                    put(capitalise(adjectives[0]) + ending, state, Form.ADJECTIVE);
                }
            } else {
                put(adjectives[1], state, Form.ADJECTIVE);
            }
        }
    }

    private void put(String word, State state, Form form) {
        // the first country to claim a word keeps it (the gazetteer lists the likeliest first)
        if (!byWord.containsKey(word)) {
            byWord.put(word, state);
            formsByWord.put(word, form);
        }
    }

    /** Every mention of a state in the text, in order; the longest wins ("Volksrepublik China" over "China"). */
    List<Mention> in(String text) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (int j = Math.min(words.size() - 1, i + LONGEST_NAME - 1); j >= i; j--) {
                String span = text.substring(words.get(i)[0], words.get(j)[1]);
                State state = byWord.get(span);
                if (state != null) {
                    mentions.add(new Mention(state, words.get(i)[0], words.get(j)[1], formsByWord.get(span)));
                    i = j;
                    break;
                }
            }
        }
        return mentions;
    }

    /** The state with this ISO code, if the gazetteer knows it. */
    Optional<State> byCode(String code) {
        return byWord.values().stream().filter(s -> s.code().equals(code)).findFirst();
    }

    boolean german() {
        return german;
    }

    private static String germanAdjective(String name) {
        String lower = name.toLowerCase(Locale.GERMAN);
        if (lower.endsWith("land")) {
            return lower.substring(0, lower.length() - 4) + "isch";
        }
        if (lower.endsWith("ien")) {
            return lower.substring(0, lower.length() - 3) + "isch";
        }
        if (lower.endsWith("a")) {
            return lower + "nisch";
        }
        if (lower.endsWith("e")) {
            return lower.substring(0, lower.length() - 1) + "isch";
        }
        return lower + "isch";
    }

    private static String englishAdjective(String name) {
        if (name.endsWith("a")) {
            return name + "n";
        }
        if (name.endsWith("e") || name.endsWith("y")) {
            return name.substring(0, name.length() - 1) + "ian";
        }
        return name.endsWith("n") ? name + "ian" : name + "ese";
    }

    static String capitalise(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
