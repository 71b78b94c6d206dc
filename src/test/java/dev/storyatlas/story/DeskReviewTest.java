package dev.storyatlas.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The built-in story after the desk review (issue 15): the map says no more than the article. The story
 * as it was before the review stays refused by the loader for each class of error the review found.
 */
class DeskReviewTest {

    private static Story story;

    @BeforeAll
    static void load() {
        story = new StoryLoader().load(new ClassPathResource("stories/taz-2024-10-nordkorea-soldaten.yaml"));
    }

    @Test
    void the_story_before_the_review_is_refused_for_every_class_of_error_the_review_found() {
        StoryFileException e = catchThrowableOfType(StoryFileException.class,
                () -> new StoryLoader().load(new ClassPathResource("desk-review/taz-before-review.yaml")));

        assertThat(e).isNotNull();
        List<String> problems = e.problems().stream().map(StoryProblem::toString).toList();
        assertThat(problems).anyMatch(p -> p.contains("links[0].to: a deployment needs both ends named by the passage, but 'moscow'"))
                .anyMatch(p -> p.contains("links[1].kind: a second deployment arrow from 'pyongyang' to 'moscow'"))
                .anyMatch(p -> p.contains("quotes[4].places[0].basis: the note says the passage gives no place"))
                .anyMatch(p -> p.contains("incidents[11].claim.by: an assessment is someone's"))
                .anyMatch(p -> p.contains("incidents[4].claim.by[0]: 'south-korea-intelligence-service' (Südkoreas Nachrichtendienst) is not named"))
                .anyMatch(p -> p.contains("incidents[10].claim.attribution: 'Laut ukrainischen Berichten' names none of the claimants (nv.ua)"))
                .anyMatch(p -> p.contains("incidents[5].places[1].basis: the note says 'moscow' stands for a state"))
                .anyMatch(p -> p.contains("incidents[3].when.date: 'am Freitag' stands in the attribution"))
                .anyMatch(p -> p.contains("incidents[11].summary: 'festgenommenen' states as a fact what the article reports in Konjunktiv"));
    }

    @Test
    void no_line_ends_at_a_city_the_article_does_not_name_and_no_pledge_is_drawn_as_a_deployment() {
        assertThat(story.links()).noneMatch(link -> link.kind().directed());
        assertThat(story.links()).extracting(Link::incident).doesNotContain("first-phase-1500-soldiers", "up-to-12000-men");
        assertThat(incident("first-phase-1500-soldiers").isAt("moscow")).isFalse();
    }

    @Test
    void rutte_who_speaks_at_no_place_the_article_gives_stands_at_no_pin() {
        Quote rutte = quote("rutte-unprecedented-escalation");

        assertThat(rutte.places()).isEmpty();
        assertThat(rutte.withoutPlace()).contains("Wo Rutte sprach, sagt der Artikel nicht");
        assertThat(rutte.isAt(StoryItem.WITHOUT_PLACE)).isTrue();
        assertThat(story.placesOf(List.of(rutte))).isEmpty();
    }

    @Test
    void the_possible_deployment_of_the_deserters_is_nv_uas_report_and_keeps_the_konjunktiv() {
        Incident deserters = incident("deserters-could-be-deployed");

        assertThat(deserters.claim().by()).containsExactly("nv-ua");
        assertThat(deserters.claim().how()).isEqualTo(ClaimKind.REPORTED);
        assertThat(deserters.summary()).contains("festgenommen worden seien", "könnten").doesNotContain("festgenommenen");
    }

    @Test
    void sentences_with_a_bare_soll_name_no_source_and_share_no_date() {
        Set.of("troops-prepared-against-ukraine", "up-to-12000-men").forEach(id -> {
            assertThat(incident(id).claim().by()).as(id).isEmpty();
            assertThat(incident(id).claim().how()).as(id).isEqualTo(ClaimKind.CLAIMED);
            assertThat(incident(id).when().date()).as(id).isNull();
        });
    }

    @Test
    void a_capital_that_stands_for_its_state_has_basis_state() {
        assertThat(incident("troops-prepared-against-ukraine").places()).extracting(PlaceRef::basis).containsOnly(PlaceBasis.STATE);
        assertThat(incident("up-to-12000-men").places()).extracting(PlaceRef::basis).containsOnly(PlaceBasis.STATE);
        assertThat(quote("yoon-after-call").places()).extracting(PlaceRef::basis).containsOnly(PlaceBasis.STATE);
        assertThat(quote("lin-jian-standard-phrase").places()).extracting(PlaceRef::basis).containsOnly(PlaceBasis.STATE);
    }

    @Test
    void the_day_of_the_intelligence_services_statement_is_the_statements_not_the_dispatchs() {
        assertThat(incident("first-phase-1500-soldiers").when().date()).isNull();
        Quote statement = quote("intelligence-service-friday");
        assertThat(statement.speech()).isEqualTo(Speech.INDIRECT);
        assertThat(statement.when().date()).isEqualTo(LocalDate.of(2024, 10, 18));
    }

    @Test
    void yoons_words_after_the_call_share_the_calls_day() {
        assertThat(quote("yoon-after-call").when().date()).isEqualTo(incident("yoon-rutte-call").when().date());
    }

    @Test
    void the_ukraine_filter_shows_austins_visit_with_aid_for_ukraine() {
        assertThat(story.itemsInvolving(Set.of("ukraine"))).extracting(StoryItem::id).contains("austin-visits-kyiv");
    }

    @Test
    void the_article_appeared_no_earlier_than_the_monday_everything_it_dates_falls_on() {
        assertThat(story.publishedNotBefore()).isEqualTo(LocalDate.of(2024, 10, 21));
        assertThat(story.items()).filteredOn(item -> item.when().date() != null)
                .allSatisfy(item -> assertThat(item.when().date()).isBeforeOrEqualTo(story.publishedNotBefore()));
    }

    @Test
    void lin_jians_day_rests_on_the_foreign_ministrys_transcript_not_on_an_assumption() {
        String basis = quote("lin-jian-standard-phrase").when().resolvedFrom();

        assertThat(basis).contains("Protokoll", "Pressekonferenz", "21. Oktober 2024").doesNotContain("Angenommen");
    }

    @Test
    void every_paragraph_is_cited_the_subheading_included_and_the_axis_keeps_its_cold_war_clause() {
        assertThat(IntStream.rangeClosed(1, story.article().paragraphs().size()))
                .allSatisfy(n -> assertThat(story.items()).as("paragraph " + n).anyMatch(item -> item.citation().paragraph() == n));
        assertThat(incident("axis-pyongyang-moscow").summary()).endsWith("die an die Zeiten des Kalten Krieges erinnert.");
    }

    @Test
    void a_reader_counts_text_paragraphs_the_subheading_left_out() {
        Article article = Article.parse("a.txt", "Berlin | Erster Satz.\n\n„Zitat“, sagte sie.\n\nEine Zwischenzeile\n\nLetzter Absatz: mit Doppelpunkt:");

        assertThat(IntStream.rangeClosed(1, 4).map(article::textParagraphNumber)).containsExactly(1, 2, 0, 3);
        assertThat(story.article().isHeading(6)).isTrue();
        assertThat(story.article().textParagraphNumber(7)).isEqualTo(6);
    }

    private static Incident incident(String id) {
        return story.incidents().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    private static Quote quote(String id) {
        return story.quotes().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }
}
