package dev.storyatlas.studio.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyatlas.story.Actor;
import dev.storyatlas.story.Article;
import dev.storyatlas.story.Place;
import dev.storyatlas.story.PlaceBasis;
import dev.storyatlas.story.Quote;
import dev.storyatlas.story.Story;
import dev.storyatlas.story.StoryItem;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 19.6: the built-in article pasted with its metadata, and the proposals compared with the built-in story,
 * which the desk wrote by hand. Prints precision and recall (README and docs take them from here) and holds the
 * issue's targets: every place the article names, every quote with the right speaker and speech, every weekday
 * date correct, and no proposal without a valid citation.
 */
class BuiltInArticleMeasureTest {

    private static Story story;
    private static Proposals proposals;

    @BeforeAll
    static void propose() throws Exception {
        story = StoryWriterTest.builtIn();
        // the story gives only the month; the day the article can first have appeared is its publication day here
        proposals = new Drafting().propose(new DraftRequest(StoryWriterTest.builtInArticle(), story.id(), story.title(), story.publisher(),
                story.publishedNotBefore(), Locale.GERMAN));
        System.out.println("Built-in article (taz, " + story.publishedNotBefore() + "), proposals against the built-in story:");
        List.of(places(), quotes(), actors(), datedWordings()).forEach(score -> System.out.println("  " + score));
    }

    static Score places() {
        List<PlaceCandidate> proposed = proposals.places().stream().map(p -> p.candidates().getFirst()).distinct().toList();
        return Score.of("places", proposed, story.places(), BuiltInArticleMeasureTest::samePlace);
    }

    static Score quotes() {
        return Score.of("quotes (speaker and speech)", proposals.quotes(), story.quotes(), BuiltInArticleMeasureTest::sameQuote);
    }

    static Score actors() {
        return Score.of("actors", proposals.actors(), story.actors(), BuiltInArticleMeasureTest::sameActor);
    }

    static Score datedWordings() {
        List<DateProposal> dated = proposals.dates().stream().filter(d -> d.date() != null).toList();
        List<StoryItem> expected = story.items().stream().filter(item -> item.when().date() != null).toList();
        return Score.of("dated wordings", dated, expected, (d, item) -> d.citation().paragraph() == item.citation().paragraph()
                && d.wording().equals(item.when().wording()) && d.date().equals(item.when().date()));
    }

    /** The same place: the same id, the same German name, or within 100 km (a region's centre differs by source). */
    static boolean samePlace(PlaceCandidate candidate, Place place) {
        return candidate.id().equals(place.id()) || candidate.names().de().equals(place.name().de())
                || kilometres(candidate.lat(), candidate.lon(), place.lat(), place.lon()) < 100 && candidate.kind() == place.kind();
    }

    private static boolean sameQuote(QuoteProposal proposal, Quote quote) {
        Optional<Actor> speaker = story.actor(quote.speaker());
        Optional<ActorProposal> proposedSpeaker = proposals.actors().stream().filter(a -> a.id().equals(proposal.speaker())).findFirst();
        return proposal.citation().paragraph() == quote.citation().paragraph()
                && (proposal.text().contains(quote.text()) || quote.text().contains(proposal.text()))
                && proposal.speech() == quote.speech()
                && speaker.isPresent() && proposedSpeaker.isPresent() && sameActor(proposedSpeaker.get(), speaker.get());
    }

    /** The same actor: the same id, or the same kind and each name's words named in the other ("Putin", "Russische Botschaft in Seoul"). */
    static boolean sameActor(ActorProposal proposal, Actor actor) {
        if (proposal.id().equals(actor.id())) {
            return true;
        }
        Actor proposed = new Actor(proposal.id(), proposal.name(), proposal.kind(), proposal.memberOf());
        return proposal.kind() == actor.kind() && (shorterNamedIn(proposed, actor) || shorterNamedIn(actor, proposed));
    }

    private static boolean shorterNamedIn(Actor shorter, Actor longer) {
        return java.util.Arrays.stream(shorter.name().split("\\s+")).filter(w -> w.length() >= 3)
                .allMatch(word -> new Actor("w", word, shorter.kind(), List.of()).isNamedIn(longer.name()));
    }

    static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 6371 * 2 * Math.asin(Math.sqrt(a));
    }

    @Test
    void every_place_the_article_names_is_proposed_with_its_words_as_written() {
        List<Place> named = story.places().stream().filter(place -> !place.implied()).toList();

        assertThat(named).isNotEmpty().allSatisfy(place -> assertThat(proposals.places())
                .as(place.id())
                .anyMatch(p -> p.basis() == PlaceBasis.NAMED && samePlace(p.candidates().getFirst(), place)
                        && p.name().equals(place.name().de())));
        assertThat(places().recall()).isEqualTo(1.0);
    }

    @Test
    void the_capitals_the_story_adds_for_states_are_proposed_as_standing_for_them() {
        assertThat(proposals.places()).filteredOn(p -> p.basis() == PlaceBasis.STATE)
                .extracting(p -> p.name() + " -> " + p.candidates().getFirst().names().de())
                .contains("China -> Peking", "Japan -> Tokio", "Nordkorea -> Pjöngjang", "Russland -> Moskau", "Südkorea -> Seoul");
    }

    @Test
    void every_quote_is_proposed_with_its_speaker_and_speech() {
        Score quotes = quotes();

        assertThat(quotes.recall()).as(quotes.toString()).isEqualTo(1.0);
        assertThat(proposals.quotes()).allSatisfy(q -> assertThat(q.speaker()).as(q.text()).isNotNull());
    }

    @Test
    void every_weekday_date_is_resolved_to_the_day_the_story_gives() {
        Map<String, String> weekdays = Map.of("am Montag", "MONDAY", "am Freitag", "FRIDAY");
        List<StoryItem> weekdayItems = story.items().stream()
                .filter(item -> item.when().wording() != null && weekdays.containsKey(item.when().wording())).toList();

        assertThat(weekdayItems).hasSize(3).allSatisfy(item -> assertThat(proposals.dates())
                .as(item.id())
                .anyMatch(d -> d.citation().paragraph() == item.citation().paragraph() && d.wording().equals(item.when().wording())
                        && d.date().equals(item.when().date()) && d.resolvedFrom() != null));
        assertThat(proposals.dates()).filteredOn(d -> weekdays.containsKey(d.wording()))
                .allSatisfy(d -> assertThat(d.date().getDayOfWeek().name()).isEqualTo(weekdays.get(d.wording())));
    }

    @Test
    void every_dated_wording_of_the_story_is_proposed_and_after_the_call_as_an_inference_from_the_monday_before() {
        Score dated = datedWordings();

        assertThat(dated.recall()).as(dated.toString()).isEqualTo(1.0);
        assertThat(dated.precision()).as(dated.toString()).isEqualTo(1.0);
        assertThat(proposals.dates()).filteredOn(d -> d.wording().equals("nach dem Telefonat")).singleElement().satisfies(d -> {
            assertThat(d.date()).isEqualTo(LocalDate.of(2024, 10, 21));
            assertThat(d.resolvedFrom()).contains("Erschlossen", "„am Montag“", "prüfen");
        });
    }

    @Test
    void every_proposal_cites_a_passage_that_stands_verbatim_in_its_paragraph() {
        Article article = story.article();

        assertThat(proposals.citations()).hasSizeGreaterThan(30).allSatisfy(citation -> assertThat(article.supports(citation))
                .as(citation.toString()).isTrue());
        assertThat(proposals.quotes()).allSatisfy(q -> assertThat(q.citation().excerpt()).contains(q.text()));
        assertThat(proposals.dates()).allSatisfy(d -> assertThat(d.citation().excerpt()).contains(d.wording()));
        assertThat(proposals.claims()).allSatisfy(c -> assertThat(article.paragraph(c.citation().paragraph())).contains(c.attribution()));
    }

    @Test
    void the_claims_of_the_story_are_proposed_with_their_attribution() {
        assertThat(proposals.claims()).extracting(c -> c.attribution() + " " + c.how().wireName() + " " + c.by())
                .contains("Südkoreas Nachrichtendienst hatte am Freitag behauptet claimed [south-korea-intelligence-service]",
                        "sollen claimed []", "soll claimed []", "Laut ukrainischen Berichten reported []",
                        "schreibt das Nachrichtenportal nv.ua reported [nv-ua]");
    }

    @Test
    void the_draft_that_accepts_every_proposal_loads_without_problems() {
        StoryDraft draft = new Drafting().draft(proposals);

        assertThat(new StoryWriter().check(draft)).isEmpty();
        assertThat(draft.quotes()).hasSize(story.quotes().size());
        assertThat(draft.places()).extracting(Place::id).contains("seoul", "pyongyang", "moscow", "kyiv", "beijing", "tokyo");
    }
}
