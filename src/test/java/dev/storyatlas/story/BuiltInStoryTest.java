package dev.storyatlas.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.security.MessageDigest;
import java.time.DayOfWeek;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The taz story that ships with the app: complete, consistent, and faithful to the article text. */
class BuiltInStoryTest {

    private static Story story;
    private static String articleText;

    @BeforeAll
    static void load() throws IOException {
        story = new StoryLoader().load(new ClassPathResource("stories/taz-2024-10-nordkorea-soldaten.yaml"));
        articleText = new ClassPathResource("stories/taz-2024-10-nordkorea-soldaten.article.txt")
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The SHA-256 of the article as published: the shipped text must stay byte for byte the same. */
    private static final String ARTICLE_SHA256 = "3103eb6cc320d4a9cd8cabbb4733e5ad8f011c2547f2ff9a8c2ecec9a72c0dd5";

    @Test
    void the_shipped_article_is_the_taz_text_unchanged() throws Exception {
        byte[] bytes = new ClassPathResource("stories/taz-2024-10-nordkorea-soldaten.article.txt").getContentAsByteArray();
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))).isEqualTo(ARTICLE_SHA256);
        assertThat(articleText).startsWith(" date 2024-10 Berlin taz | Südkoreas Präsident Yoon Suk Yeol");
    }

    @Test
    void a_resolved_date_falls_on_the_weekday_its_wording_names_and_says_it_is_not_from_the_article() {
        Map<String, DayOfWeek> weekdays = Map.of("am Montag", DayOfWeek.MONDAY, "am Freitag", DayOfWeek.FRIDAY);
        assertThat(story.items()).filteredOn(item -> item.when().date() != null).isNotEmpty().allSatisfy(item -> {
            if (weekdays.containsKey(item.when().wording())) {
                assertThat(item.when().date().getDayOfWeek()).as(item.id()).isEqualTo(weekdays.get(item.when().wording()));
            }
            assertThat(YearMonth.from(item.when().date())).isEqualTo(story.published());
            assertThat(item.when().date()).isBeforeOrEqualTo(story.publishedNotBefore());
            assertThat(item.when().resolvedFrom()).startsWith("Nicht aus dem Artikel");
        });
    }

    @Test
    void the_story_names_its_source() {
        assertThat(story.id()).isEqualTo("taz-2024-10-nordkorea-soldaten");
        assertThat(story.publisher()).isEqualTo("taz");
        assertThat(story.published()).hasToString("2024-10");
        assertThat(story.language()).isEqualTo("de");
        assertThat(story.article().paragraphs()).hasSize(7);
    }

    @Test
    void every_citation_excerpt_stands_verbatim_in_the_article_text() {
        assertThat(story.items()).allSatisfy(item -> {
            assertThat(articleText).contains(item.citation().excerpt());
            assertThat(story.article().paragraph(item.citation().paragraph())).contains(item.citation().excerpt());
        });
    }

    @Test
    void every_quote_text_and_every_attribution_stands_verbatim_in_the_article() {
        assertThat(story.quotes()).allSatisfy(quote -> assertThat(quote.citation().excerpt()).contains(quote.text()));
        assertThat(story.incidents()).allSatisfy(incident -> {
            if (incident.claim().attribution() != null) {
                assertThat(articleText).contains(incident.claim().attribution());
            }
        });
    }

    @Test
    void the_story_has_the_places_the_article_names_or_implies() {
        assertThat(story.places()).extracting(Place::id)
                .containsExactly("seoul", "pyongyang", "moscow", "bryansk", "kyiv", "beijing", "tokyo");
        assertThat(story.places()).filteredOn(place -> place.implied()).extracting(Place::id).containsExactly("beijing", "tokyo");
        assertThat(story.places()).allSatisfy(place -> {
            assertThat(place.lat()).isBetween(-90.0, 90.0);
            assertThat(place.lon()).isBetween(-180.0, 180.0);
            assertThat(story.items()).as("items at " + place.id()).anyMatch(item -> item.isAt(place.id()));
        });
    }

    @Test
    void ids_are_unique_and_every_reference_resolves() {
        List<String> itemIds = story.items().stream().map(StoryItem::id).toList();
        assertThat(itemIds).doesNotHaveDuplicates();
        assertThat(story.actors()).extracting(Actor::id).doesNotHaveDuplicates();
        Set<String> referenced = new HashSet<>();
        story.items().forEach(item -> referenced.addAll(item.involvedActors()));
        story.actors().forEach(actor -> referenced.addAll(actor.memberOf()));
        assertThat(referenced).allSatisfy(id -> assertThat(story.actor(id)).as(id).isPresent());
        assertThat(story.items()).allSatisfy(item -> assertThat(item.places())
                .allSatisfy(ref -> assertThat(story.place(ref.place())).as(ref.place()).isPresent()));
    }

    @Test
    void the_actors_the_urls_use_exist_and_belong_where_the_article_puts_them() {
        Stream.of("yoon-suk-yeol", "mark-rutte", "kim-jong-un", "lin-jian", "lloyd-austin", "south-korea",
                "north-korea", "russia", "china", "ukraine", "usa", "nato", "japan")
                .forEach(id -> assertThat(story.actor(id)).as(id).isPresent());
        assertThat(story.withMembers(Set.of("south-korea")))
                .contains("yoon-suk-yeol", "south-korea-foreign-ministry", "south-korea-intelligence-service");
        assertThat(story.withMembers(Set.of("china"))).contains("lin-jian");
        assertThat(story.withMembers(Set.of("nato"))).contains("mark-rutte");
        assertThat(story.withMembers(Set.of("usa"))).containsExactlyInAnyOrder("usa", "lloyd-austin");
    }

    @Test
    void claims_keep_the_articles_own_attribution() {
        Incident desertion = incident("desertion-in-bryansk");
        assertThat(desertion.claim().attribution()).isEqualTo("schreibt das Nachrichtenportal nv.ua");
        assertThat(desertion.claim().how()).isEqualTo(ClaimKind.REPORTED);
        Incident soldiers = incident("first-phase-1500-soldiers");
        assertThat(soldiers.claim().by()).containsExactly("south-korea-intelligence-service");
        assertThat(soldiers.claim().how()).isEqualTo(ClaimKind.CLAIMED);
        assertThat(incident("embassy-did-not-deny").claim().how()).isEqualTo(ClaimKind.NOT_DENIED);
    }

    @Test
    void resolved_weekdays_keep_the_articles_wording_and_say_what_they_rest_on() {
        assertThat(story.items()).filteredOn(item -> item.when().date() != null).isNotEmpty().allSatisfy(item -> {
            assertThat(item.when().wording()).isIn("am Montag", "am Freitag", "nach dem Telefonat");
            assertThat(item.when().resolvedFrom()).isNotBlank();
        });
        assertThat(story.quotes()).filteredOn(quote -> quote.id().equals("intelligence-service-friday"))
                .singleElement().extracting(quote -> quote.when().date()).hasToString("2024-10-18");
    }

    @Test
    void items_come_in_article_order() {
        List<Integer> positions = story.items().stream().map(item -> articleText.indexOf(item.citation().excerpt())).toList();
        assertThat(positions).isSorted();
    }

    private static Incident incident(String id) {
        return story.incidents().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }
}
