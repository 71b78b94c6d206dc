package dev.storyatlas.studio.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyatlas.story.Article;
import dev.storyatlas.story.ClaimKind;
import dev.storyatlas.story.Speech;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Issue 19.6 beyond the built-in story: two short articles written for the tests, an English wire report and a
 * German local report whose place names are ambiguous (Frankfurt, Halle, Neustadt), each with what a desk would
 * accept. Prints precision and recall; holds every place and every quote with its speaker, the ambiguity flags
 * and the dates.
 */
class OtherArticlesMeasureTest {

    record ExpectedPlace(String written, String id) {
    }

    record ExpectedQuote(String speaker, Speech speech, String text) {
    }

    record ExpectedDate(String wording, LocalDate date) {
    }

    record ExpectedClaim(String attribution, ClaimKind how) {
    }

    private static Proposals propose(String file, String publisher, LocalDate published, Locale language) throws IOException {
        String text = new ClassPathResource("drafts/" + file).getContentAsString(StandardCharsets.UTF_8);
        return new Drafting().propose(new DraftRequest(text, "test-article", "Test", publisher, published, language));
    }

    private static List<Score> scores(Proposals proposals, List<ExpectedPlace> places, List<ExpectedQuote> quotes, List<String> actors,
            List<ExpectedDate> dates, List<ExpectedClaim> claims) {
        return List.of(
                Score.of("places", proposals.places(), places, (p, e) -> p.name().equals(e.written())
                        && p.candidates().stream().anyMatch(c -> c.id().equals(e.id()))),
                Score.of("quotes (speaker and speech)", proposals.quotes(), quotes, (q, e) -> e.speaker().equals(q.speaker())
                        && q.speech() == e.speech() && q.text().equals(e.text())),
                Score.of("actors", proposals.actors(), actors, (a, id) -> a.id().equals(id)),
                Score.of("dated wordings", proposals.dates(), dates, (d, e) -> d.wording().equals(e.wording()) && e.date().equals(d.date())),
                Score.of("claims", proposals.claims(), claims, (c, e) -> c.attribution().equals(e.attribution()) && c.how() == e.how()));
    }

    private static void report(String article, List<Score> scores) {
        System.out.println(article + ":");
        scores.forEach(score -> System.out.println("  " + score));
    }

    private static void assertCitationsStand(Proposals proposals) {
        Article article = Article.parse("test.txt", proposals.request().articleText());
        assertThat(proposals.citations()).isNotEmpty().allSatisfy(c -> assertThat(article.supports(c)).as(c.toString()).isTrue());
        assertThat(new StoryWriter().check(new Drafting().draft(proposals))).isEmpty();
    }

    @Test
    void an_english_wire_report() throws IOException {
        Proposals proposals = propose("kharkiv-shelling.en.txt", "Wire", LocalDate.of(2025, 3, 12), Locale.ENGLISH);
        List<ExpectedPlace> places = List.of(new ExpectedPlace("Kharkiv", "kharkiv"), new ExpectedPlace("Kyiv", "kyiv"),
                new ExpectedPlace("Brussels", "brussels"), new ExpectedPlace("Ukraine", "kyiv"), new ExpectedPlace("Russia", "moscow"));
        List<ExpectedQuote> quotes = List.of(
                new ExpectedQuote("ukraine-foreign-ministry", Speech.INDIRECT, "that Russian troops had shelled Kharkiv overnight"),
                new ExpectedQuote("andrii-sybiha", Speech.DIRECT, "We will not be intimidated by these attacks on our cities"),
                new ExpectedQuote("russia-defence-ministry", Speech.INDIRECT, "that its forces had struck only military targets"),
                new ExpectedQuote("mark-rutte", Speech.INDIRECT, "that the alliance would send more air defence systems to Ukraine"));
        List<String> actors = List.of("ukraine", "ukraine-foreign-ministry", "russia", "russian-troops", "andrii-sybiha",
                "russia-defence-ministry", "nato", "mark-rutte", "kharkiv-regional-administration");
        List<ExpectedDate> dates = List.of(new ExpectedDate("on Monday", LocalDate.of(2025, 3, 10)),
                new ExpectedDate("yesterday", LocalDate.of(2025, 3, 11)));
        List<ExpectedClaim> claims = List.of(new ExpectedClaim("According to the regional administration", ClaimKind.REPORTED),
                new ExpectedClaim("Russia's Defence Ministry claimed", ClaimKind.CLAIMED));

        List<Score> scores = scores(proposals, places, quotes, actors, dates, claims);
        report("English wire report (kharkiv-shelling.en.txt)", scores);

        assertThat(scores.get(0).recall()).as(scores.get(0).toString()).isEqualTo(1.0);
        assertThat(scores.get(1).recall()).as(scores.get(1).toString()).isEqualTo(1.0);
        assertThat(scores.get(3).recall()).as(scores.get(3).toString()).isEqualTo(1.0);
        assertThat(proposals.places()).filteredOn(p -> p.name().equals("Kyiv")).singleElement()
                .satisfies(p -> assertThat(p.candidates().getFirst().names()).isEqualTo(new dev.storyatlas.story.Place.Names("Kyjiw", "Kyiv")));
        assertCitationsStand(proposals);
    }

    @Test
    void a_german_report_with_ambiguous_place_names() throws IOException {
        Proposals proposals = propose("bahn-verbindungen.de.txt", "Kurier", LocalDate.of(2025, 6, 12), Locale.GERMAN);
        List<ExpectedPlace> places = List.of(new ExpectedPlace("Frankfurt (Oder)", "frankfurt-oder"),
                new ExpectedPlace("Frankfurt am Main", "frankfurt-am-main"), new ExpectedPlace("Berlin", "berlin"),
                new ExpectedPlace("Halle", "halle-saale"), new ExpectedPlace("Neustadt", "neustadt-an-der-weinstrasse"),
                new ExpectedPlace("Frankfurt", "frankfurt-oder"));
        List<ExpectedQuote> quotes = List.of(
                new ExpectedQuote("evelyn-palla", Speech.DIRECT, "Wir holen den Osten näher an den Westen heran"),
                new ExpectedQuote("stefan-ulrich", Speech.INDIRECT, "Dort habe man seit Jahren auf einen Halt gewartet"));
        List<String> actors = List.of("evelyn-palla", "stefan-ulrich", "deutsche-bahn", "pro-bahn");
        List<ExpectedDate> dates = List.of(new ExpectedDate("am Dienstag", LocalDate.of(2025, 6, 10)),
                new ExpectedDate("gestern", LocalDate.of(2025, 6, 11)));
        List<ExpectedClaim> claims = List.of(new ExpectedClaim("teilte das Unternehmen in Berlin mit", ClaimKind.STATED),
                new ExpectedClaim("soll", ClaimKind.CLAIMED), new ExpectedClaim("Laut dem Fahrgastverband Pro Bahn", ClaimKind.REPORTED));

        List<Score> scores = scores(proposals, places, quotes, actors, dates, claims);
        report("German report with ambiguous place names (bahn-verbindungen.de.txt)", scores);

        assertThat(scores.get(0).recall()).as(scores.get(0).toString()).isEqualTo(1.0);
        assertThat(scores.get(1).recall()).as(scores.get(1).toString()).isEqualTo(1.0);
        assertThat(scores.get(3).recall()).as(scores.get(3).toString()).isEqualTo(1.0);
        assertThat(proposals.places()).filteredOn(PlaceProposal::ambiguous).extracting(PlaceProposal::name)
                .containsExactly("Halle", "Neustadt", "Frankfurt");
        assertThat(proposals.places()).filteredOn(p -> p.name().equals("Frankfurt (Oder)")).singleElement()
                .satisfies(p -> assertThat(p.candidates().getFirst().context()).contains("Brandenburg"));
        assertThat(proposals.places()).filteredOn(p -> p.name().equals("Halle")).singleElement()
                .satisfies(p -> assertThat(p.citation().paragraph()).isEqualTo(2));
        assertCitationsStand(proposals);
    }
}
