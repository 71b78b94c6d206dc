package dev.storyatlas.studio.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storyatlas.story.ActorKind;
import dev.storyatlas.story.Article;
import dev.storyatlas.story.ClaimKind;
import dev.storyatlas.story.PlaceBasis;
import dev.storyatlas.story.PlaceKind;
import dev.storyatlas.story.Speech;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The rules one at a time, on sentences made for each. */
class DraftingRulesTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2025, 3, 12);
    private final Drafting drafting = new Drafting();

    private Proposals german(String text) {
        return drafting.propose(new DraftRequest(text, "test", "Test", "Kurier", WEDNESDAY, Locale.GERMAN));
    }

    private Proposals english(String text) {
        return drafting.propose(new DraftRequest(text, "test", "Test", "Wire", WEDNESDAY, Locale.ENGLISH));
    }

    @Test
    void a_region_named_with_its_word_is_a_region_and_the_bare_name_the_city() {
        Proposals proposals = german("Die Lage im Gebiet Brjansk ist ruhig. In Brjansk selbst fiel der Strom aus.");

        assertThat(proposals.places()).extracting(p -> p.name() + ": " + p.candidates().getFirst().kind())
                .containsExactly("Gebiet Brjansk: REGION", "Brjansk: CITY");
        assertThat(proposals.places().getFirst().candidates().getFirst().names().en()).isEqualTo("Bryansk Oblast");
    }

    @Test
    void a_town_name_used_as_a_noun_after_an_article_is_no_place() {
        assertThat(german("In der Halle des Bahnhofs standen die neuen Züge. Die neue Halle ist groß.").places()).isEmpty();
        assertThat(german("Die Züge fahren bald auch nach Halle.").places()).extracting(PlaceProposal::name).containsExactly("Halle");
    }

    @Test
    void a_person_is_no_place_and_the_dateline_names_none() {
        Proposals proposals = german("Berlin Kurier | US-Verteidigungsminister Lloyd Austin ist in Kyjiw eingetroffen.");

        assertThat(proposals.places()).extracting(PlaceProposal::name).containsExactly("Kyjiw");
        assertThat(proposals.actors()).extracting(ActorProposal::id).contains("lloyd-austin", "usa");
    }

    @Test
    void a_state_proposes_its_capital_as_standing_for_it_but_not_in_a_compound() {
        Proposals proposals = german("Japan rückt näher an die Nato. Die Ukraine-Krise hält an.");

        assertThat(proposals.places()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Japan");
            assertThat(p.basis()).isEqualTo(PlaceBasis.STATE);
            assertThat(p.candidates()).singleElement().satisfies(c -> {
                assertThat(c.names().de()).isEqualTo("Tokio");
                assertThat(c.kind()).isEqualTo(PlaceKind.CITY);
            });
        });
    }

    @Test
    void institutions_people_and_groups_belong_to_the_state_the_text_ties_them_to() {
        Proposals proposals = german("Südkoreas Außenministerium bestellte den russischen Botschafter ein. "
                + "Die russische Botschaft schwieg. Nordkoreanische Soldaten sind in Russland. Präsident Yoon Suk Yeol telefonierte.");

        assertThat(proposals.actors()).extracting(a -> a.id() + " " + a.kind() + " " + a.memberOf()).contains(
                "south-korea-foreign-ministry INSTITUTION [south-korea]", "russian-ambassador PERSON [russia]",
                "russian-embassy INSTITUTION [russia]", "north-korean-soldiers GROUP [north-korea]", "south-korea STATE []",
                "yoon-suk-yeol PERSON []");
        assertThat(proposals.actors()).filteredOn(a -> a.id().equals("yoon-suk-yeol")).singleElement()
                .satisfies(a -> assertThat(a.roleWords()).containsExactly("Präsident"));
    }

    @Test
    void direct_speech_gets_the_speaker_the_sentence_names_by_surname() {
        Proposals proposals = german("Kanzler Olaf Scholz reiste nach Paris. „Wir stehen fest an der Seite der Ukraine“, sagte Scholz dort.");

        assertThat(proposals.quotes()).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isEqualTo("olaf-scholz");
            assertThat(q.speech()).isEqualTo(Speech.DIRECT);
            assertThat(q.text()).isEqualTo("Wir stehen fest an der Seite der Ukraine");
            assertThat(q.citation().excerpt()).startsWith("„Wir stehen").endsWith("sagte Scholz dort.");
        });
    }

    @Test
    void a_quote_whose_sentence_names_no_one_cites_the_sentence_before_that_names_the_speaker() {
        Proposals proposals = german("Dann ergriff Ministerin Annalena Baerbock das Wort. „Das ist ein Bruch des Völkerrechts und wir werden antworten.“");

        assertThat(proposals.quotes()).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isEqualTo("annalena-baerbock");
            assertThat(q.citation().excerpt()).startsWith("Dann ergriff").endsWith("antworten.“");
        });
    }

    @Test
    void konjunktiv_after_a_verb_of_saying_is_indirect_speech_and_the_indicative_is_not() {
        Proposals indirect = german("Die russische Botschaft erklärte, dass die Kooperation im Rahmen des Völkerrechts erfolge.");
        Proposals indicative = german("Die russische Botschaft erklärte, dass sie die Vorwürfe prüfte.");

        assertThat(indirect.quotes()).singleElement().satisfies(q -> {
            assertThat(q.speech()).isEqualTo(Speech.INDIRECT);
            assertThat(q.speaker()).isEqualTo("russian-embassy");
            assertThat(q.text()).isEqualTo("dass die Kooperation im Rahmen des Völkerrechts erfolge");
        });
        assertThat(indicative.quotes()).isEmpty();
    }

    @Test
    void short_words_in_quotation_marks_are_no_quote() {
        assertThat(german("Die sogenannte „Spezialoperation“ dauert an.").quotes()).isEmpty();
    }

    @Test
    void what_a_medium_writes_is_a_claim_and_not_a_quote() {
        Proposals proposals = german("Zehn Soldaten seien desertiert, schreibt das Nachrichtenportal nv.ua.");

        assertThat(proposals.quotes()).isEmpty();
        assertThat(proposals.claims()).singleElement().satisfies(c -> {
            assertThat(c.by()).containsExactly("nv-ua");
            assertThat(c.how()).isEqualTo(ClaimKind.REPORTED);
            assertThat(c.attribution()).isEqualTo("schreibt das Nachrichtenportal nv.ua");
        });
        assertThat(proposals.actors()).filteredOn(a -> a.id().equals("nv-ua")).singleElement()
                .satisfies(a -> assertThat(a.kind()).isEqualTo(ActorKind.MEDIA));
    }

    @Test
    void weekdays_resolve_to_the_latest_such_day_up_to_the_publication_day_and_say_so() {
        Proposals proposals = german("Am Montag sprach er. Am Mittwoch antwortete sie. Gestern schwiegen beide. Am kommenden Freitag reisen sie.");

        assertThat(proposals.dates()).extracting(d -> d.wording() + " " + d.date()).containsExactly(
                "Am Montag 2025-03-10", "Am Mittwoch 2025-03-12", "Gestern 2025-03-11", "Am kommenden Freitag 2025-03-14");
        assertThat(proposals.dates()).allSatisfy(d -> assertThat(d.resolvedFrom()).contains(d.wording(), "12.3.2025"));
    }

    @Test
    void after_an_event_is_dated_by_the_paragraph_s_earlier_wording_as_an_inference_to_check() {
        Proposals proposals = german("Die Ministerin ist am Montag nach Kyjiw gereist. „Wir bleiben“, sagte sie nach dem Treffen.\n\n"
                + "Nach der Pressekonferenz reiste sie ab. Am Dienstag wurde sie nach der Militärkooperation gefragt.");

        assertThat(proposals.dates()).extracting(d -> d.wording() + " " + d.date() + " ¶" + d.citation().paragraph()).containsExactly(
                "am Montag 2025-03-10 ¶1", "nach dem Treffen 2025-03-10 ¶1", "Am Dienstag 2025-03-11 ¶2");
        assertThat(proposals.dates().get(1).resolvedFrom()).contains("Erschlossen", "„nach dem Treffen“", "„am Montag“", "10.3.2025", "prüfen");
        assertThat(proposals.dates().get(1).citation().excerpt()).contains("nach dem Treffen");
    }

    @Test
    void after_the_call_in_english_takes_the_day_of_the_earlier_wording() {
        Proposals proposals = english("The president spoke with the chancellor on Monday. After the phone call, he said little.");

        assertThat(proposals.dates()).extracting(d -> d.wording() + " " + d.date()).containsExactly("on Monday 2025-03-10", "After the phone call 2025-03-10");
        assertThat(proposals.dates().get(1).resolvedFrom()).contains("Inferred", "“on Monday”", "check");
    }

    @Test
    void english_weekdays_quotes_and_attributions_follow_the_same_rules() {
        Proposals proposals = english("President Joe Biden said on Friday that the aid would arrive soon. "
                + "According to local officials, two bridges were destroyed. The troops allegedly crossed the river yesterday.");

        assertThat(proposals.dates()).extracting(d -> d.wording() + " " + d.date()).containsExactly("on Friday 2025-03-07", "yesterday 2025-03-11");
        assertThat(proposals.quotes()).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isEqualTo("joe-biden");
            assertThat(q.speech()).isEqualTo(Speech.INDIRECT);
            assertThat(q.text()).isEqualTo("that the aid would arrive soon");
        });
        assertThat(proposals.claims()).extracting(c -> c.attribution() + " " + c.how() + " " + c.by())
                .containsExactly("According to local officials REPORTED []", "allegedly CLAIMED []");
    }

    @Test
    void a_bare_soll_names_no_source_and_laut_names_the_one_it_names() {
        Proposals proposals = german("Die Truppen sollen bald abziehen. Laut Südkoreas Nachrichtendienst sind es 1.500 Mann.");

        assertThat(proposals.claims()).extracting(c -> c.attribution() + " " + c.how() + " " + c.by()).containsExactly(
                "sollen CLAIMED []", "Laut Südkoreas Nachrichtendienst REPORTED [south-korea, south-korea-intelligence-service]");
    }

    @Test
    void every_citation_stands_verbatim_in_its_paragraph_even_in_odd_text() {
        String odd = "„Unclosed quote, sagte Niemand.\n\n“\"»«„“ … ? ! . \n\nDr. Prof. z. B. 18. Oktober: Moskau-Peking-Kyjiw. "
                + "Laut. soll. „a b c d e f“ sagte. Gebiet. Gebiet Brjansk\n\n\n\n   \t\n\nAm Montag";
        Proposals proposals = german(odd);
        Article article = Article.parse("odd.txt", odd);

        assertThat(proposals.citations()).isNotEmpty().allSatisfy(c -> assertThat(article.supports(c)).as(c.toString()).isTrue());
        assertThat(german("").paragraphs()).isEmpty();
        assertThat(german("").citations()).isEmpty();
    }

    @Test
    void a_long_text_without_punctuation_is_read_in_pieces_each_cited_verbatim() {
        String text = "Zwischen Moskau und Kyjiw liegen viele Kilometer und am Montag sagte niemand etwas dazu ".repeat(1_500);
        Proposals proposals = german(text);
        Article article = Article.parse("long.txt", text);

        assertThat(proposals.places()).extracting(PlaceProposal::name).containsExactly("Moskau", "Kyjiw");
        assertThat(proposals.dates()).hasSizeGreaterThan(1_000);
        assertThat(proposals.citations()).allSatisfy(c -> {
            assertThat(article.supports(c)).isTrue();
            assertThat(c.excerpt().length()).isLessThanOrEqualTo(Sentence.LONGEST);
        });
    }

    @Test
    void an_article_longer_than_the_loader_reads_is_refused_by_name() {
        String text = "ä".repeat(DraftRequest.MAX_BYTES / 2 + 1);

        assertThatThrownBy(() -> new DraftRequest(text, "x", "X", "P", WEDNESDAY, Locale.GERMAN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("articleText:");
    }

    @Test
    void a_language_the_studio_does_not_speak_is_refused() {
        assertThatThrownBy(() -> new DraftRequest("Text", "x", "X", "P", WEDNESDAY, Locale.FRENCH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fr");
    }
}
