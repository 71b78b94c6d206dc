package dev.storyatlas.studio.draft;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words the rules look for, in German and English: role words of people, words for institutions, media
 * and groups, verbs of saying, and the alliances a news text names. Word endings count ("Verteidigungsminister"
 * ends with "minister"), so compounds need no list of their own.
 *
 * @param englishWords an institution's or role's word in English, for ids ({@code außenministerium} becomes
 *         {@code foreign-ministry})
 */
record Lexicon(
        List<String> roles,
        List<String> institutions,
        List<String> media,
        List<String> groups,
        Set<String> sayingVerbs,
        Set<String> determiners,
        Map<String, String> alliances,
        Map<String, String> englishWords) {

    static final Lexicon GERMAN = new Lexicon(
            List.of("präsident", "präsidentin", "minister", "ministerin", "kanzler", "kanzlerin", "generalsekretär", "sprecher", "sprecherin",
                    "chef", "chefin", "machthaber", "botschafter", "botschafterin", "premier", "premierministerin", "könig", "königin",
                    "general", "kommandeur", "bürgermeister", "bürgermeisterin", "senator", "senatorin", "diplomat", "vorsitzender",
                    "vorsitzende", "direktor", "direktorin", "leiter", "leiterin", "staatschef", "regierungschef", "abgeordneter", "gouverneur"),
            List.of("ministerium", "außenamt", "auswärtiges amt", "nachrichtendienst", "geheimdienst", "botschaft", "regierung", "armee",
                    "streitkräfte", "parlament", "polizei", "behörde", "gericht", "staatsanwaltschaft", "kommission", "zentralbank",
                    "konsulat", "generalstab", "präsidialamt", "kanzleramt", "kreml", "pentagon", "verwaltung", "militär"),
            List.of("nachrichtenportal", "nachrichtenagentur", "agentur", "zeitung", "portal", "sender", "magazin", "onlineportal",
                    "nachrichtenseite", "fernsehsender", "rundfunk", "wochenzeitung", "tageszeitung"),
            List.of("soldaten", "truppen", "einheiten", "kämpfer", "rebellen", "milizen", "diplomaten", "deserteure", "söldner", "streitkräfte"),
            Set.of("sagte", "sagt", "sagten", "erklärte", "erklärt", "erklärten", "betonte", "betont", "warnte", "warnt", "meinte", "schrieb",
                    "schreibt", "verwies", "behauptete", "behauptet", "kritisierte", "forderte", "antwortete", "bestätigte", "sprach", "spricht",
                    "so", "ergänzte", "fügte", "teilte", "hieß", "berichtete", "berichtet", "versicherte", "räumte", "kündigte", "mahnte",
                    "aufgefordert", "gefordert", "erklären", "sagen", "verweist", "argumentierte", "bekräftigte"),
            Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "kein", "keine", "im", "am",
                    "zum", "zur", "vom", "beim", "ins", "seine", "ihre", "unsere", "diese", "dieser", "jede", "alle"),
            Map.of("Nato", "nato", "NATO", "nato", "EU", "eu", "Europäische Union", "eu", "Vereinte Nationen", "un", "UN", "un", "UNO", "un",
                    "G7", "g7", "OSZE", "osce", "Afrikanische Union", "african-union"),
            Map.ofEntries(Map.entry("außenministerium", "foreign-ministry"), Map.entry("außenamt", "foreign-ministry"),
                    Map.entry("auswärtiges amt", "foreign-ministry"), Map.entry("verteidigungsministerium", "defence-ministry"),
                    Map.entry("innenministerium", "interior-ministry"), Map.entry("ministerium", "ministry"),
                    Map.entry("nachrichtendienst", "intelligence-service"), Map.entry("geheimdienst", "intelligence-service"),
                    Map.entry("botschaft", "embassy"), Map.entry("regierung", "government"), Map.entry("armee", "army"),
                    Map.entry("streitkräfte", "armed-forces"), Map.entry("parlament", "parliament"), Map.entry("polizei", "police"),
                    Map.entry("botschafter", "ambassador"), Map.entry("präsident", "president"), Map.entry("soldaten", "soldiers"),
                    Map.entry("truppen", "troops"), Map.entry("militär", "military"), Map.entry("konsulat", "consulate")));

    static final Lexicon ENGLISH = new Lexicon(
            List.of("president", "minister", "secretary", "secretary-general", "chancellor", "spokesman", "spokeswoman", "spokesperson",
                    "ambassador", "leader", "chief", "general", "commander", "mayor", "senator", "diplomat", "chair", "chairman", "director",
                    "governor", "premier", "king", "queen"),
            List.of("ministry", "embassy", "government", "army", "military", "parliament", "service", "agency",
                    "police", "court", "commission", "council", "office", "department", "pentagon", "kremlin", "consulate", "forces",
                    "administration"),
            List.of("news agency", "newspaper", "news outlet", "news site", "news portal", "outlet", "portal", "broadcaster", "website",
                    "agency", "magazine", "daily"),
            List.of("soldiers", "troops", "fighters", "rebels", "militias", "diplomats", "deserters", "mercenaries"),
            Set.of("said", "says", "told", "stated", "added", "explained", "warned", "wrote", "writes", "claimed", "claims", "asked", "replied",
                    "insisted", "argued", "noted", "stressed", "announced", "reported", "reports", "urged", "called"),
            Set.of("the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "every", "no"),
            Map.of("NATO", "nato", "Nato", "nato", "EU", "eu", "European Union", "eu", "United Nations", "un", "UN", "un", "G7", "g7",
                    "OSCE", "osce", "African Union", "african-union"),
            Map.of());

    static Lexicon of(boolean german) {
        return german ? GERMAN : ENGLISH;
    }

    /** The word in English for ids, if it is an institution's or role's word the lexicon translates. */
    String english(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return englishWords.entrySet().stream()
                .filter(e -> lower.endsWith(e.getKey()))
                .max(java.util.Comparator.comparingInt(e -> e.getKey().length()))
                .map(Map.Entry::getValue)
                .orElse(Slugs.of(word));
    }

    /** The role word a word ends with ("Verteidigungsminister": minister), if any. */
    static String endingIn(String word, List<String> endings) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        String last = lower.contains("-") ? lower.substring(lower.lastIndexOf('-') + 1) : lower;
        return endings.stream().filter(last::endsWith).max(java.util.Comparator.comparingInt(String::length)).orElse(null);
    }
}
