package dev.storyatlas.map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import dev.storyatlas.BrowserlessTest;
import dev.storyatlas.story.Actor;
import dev.storyatlas.story.Claim;
import dev.storyatlas.story.ClaimKind;
import dev.storyatlas.story.Story;
import dev.storyatlas.story.StoryCatalog;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the map's words say about the article (issue 15): no more than the article, in words that fit every name. */
class DeskWordingTest extends BrowserlessTest {

    private static final String PLACES = "sa-places__button";

    @Autowired
    private StoryCatalog catalog;

    @Test
    void indirect_speech_shows_without_quotation_marks_marked_as_paraphrase_and_direct_speech_in_german_quotation_marks() {
        open("", "lang=de&place=seoul");

        assertThat(cardText("seoul-demands-withdrawal"))
                .contains("Südkoreas Außenministerium, sinngemäß:")
                .contains("sämtliche nordkoreanische Soldaten aus dem Land abzuziehen")
                .doesNotContain("„sämtliche", "abzuziehen“");
        assertThat(quoteText("seoul-demands-withdrawal")).isEqualTo("sämtliche nordkoreanische Soldaten aus dem Land abzuziehen");
        assertThat(cardText("yoon-after-call")).contains("Yoon Suk Yeol, wörtlich:");
        assertThat(quoteText("yoon-after-call")).startsWith("„Russlands Einmarsch").endsWith("verbunden sind“");
    }

    @Test
    void english_readers_see_paraphrase_marked_and_direct_speech_in_english_quotation_marks() {
        open("", "lang=en&place=beijing");

        assertThat(cardText("lin-jian-standard-phrase")).contains("Lin Jian, verbatim:");
        assertThat(quoteText("lin-jian-standard-phrase")).startsWith("“China hat").endsWith("werden.”");

        open("", "lang=en&place=without-place");

        assertThat(cardText("rutte-unprecedented-escalation")).contains("Mark Rutte, paraphrased:");
        assertThat(quoteText("rutte-unprecedented-escalation")).isEqualTo("von einer beispiellosen Eskalation");
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void every_claim_line_puts_every_actor_of_the_story_after_a_label_without_article_or_case(String lang) {
        open("", "lang=" + lang);
        StoryExplorer translator = _get(StoryExplorer.class);
        Story story = catalog.defaultStory();

        for (Actor actor : story.actors()) {
            for (ClaimKind how : ClaimKind.values()) {
                String line = ItemCard.claimText(translator, story, new Claim(List.of(actor.id()), how, null));
                assertThat(line).as(how + " by " + actor.id()).endsWith(": " + actor.name())
                        .doesNotContain(" von " + actor.name()).doesNotContain(" by " + actor.name());
            }
        }
    }

    @Test
    void items_without_a_place_have_their_own_entry_and_panel_and_say_why() {
        open("", "lang=de");

        assertThat(ListedChoices.of(PLACES).getLast().text()).isEqualTo("Ohne Ort – 3 Einträge");
        ListedChoices.choose(PLACES, "without-place");

        assertThat(_get(H2.class, spec -> spec.withId("place-panel-heading")).getText()).isEqualTo("Ohne Ort");
        assertThat(panelItemIds()).containsExactly("rutte-unprecedented-escalation", "subheading-desertion", "first-problems");
        assertThat(cardText("rutte-unprecedented-escalation")).contains("Ohne Ort: Wo Rutte sprach, sagt der Artikel nicht");
        assertThat(_get(StoryExplorer.class).state().toQueryParameters().getQueryString()).contains("place=without-place");
    }

    @Test
    void the_place_less_home_opens_from_the_url_and_stays_through_a_time_range() {
        open("", "lang=en&place=without-place&from=2024-10-21&to=2024-10-21");

        assertThat(NotificationsKt.getNotifications()).isEmpty();
        assertThat(panelItemIds()).containsExactly("rutte-unprecedented-escalation", "subheading-desertion", "first-problems");
        assertThat(ListedChoices.of(PLACES).getLast().text()).isEqualTo("Without a place – 3 items");
        assertThat(ListedChoices.of(PLACES).getLast().on()).isTrue();
    }

    @Test
    void a_filter_that_leaves_no_place_less_item_drops_the_entry() {
        open("", "lang=en&actor=lloyd-austin");

        assertThat(ListedChoices.ids(PLACES)).containsExactly("kyiv");
    }

    @Test
    void the_source_gives_the_paragraph_a_reader_counts_and_names_the_subheading_as_such() {
        open("", "lang=de&place=bryansk");

        assertThat(cardText("desertion-in-bryansk")).contains("Quelle: taz, 6. Textabsatz");

        open("", "lang=de&place=without-place");

        assertThat(cardText("subheading-desertion")).contains("Quelle: taz, Zwischenüberschrift");
        assertThat(cardText("rutte-unprecedented-escalation")).contains("Quelle: taz, 4. Textabsatz");
    }

    @Test
    void the_title_is_labelled_as_the_maps_own_and_the_article_dated_as_precisely_as_known() {
        open("", "lang=de");

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("sa-source")).getText())
                .isEqualTo("Titel und Karte: Story Atlas · Artikel: taz, Oktober 2024, frühestens am 21.10.2024");

        open("", "lang=en");

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("sa-source")).getText())
                .isEqualTo("Title and map: Story Atlas · Article: taz, October 2024, not before Oct 21, 2024");

        open("stories", "lang=de");

        assertThat(_find(Paragraph.class, spec -> spec.withClasses("sa-stories__source"))).extracting(Paragraph::getText)
                .contains("Artikel: taz, Oktober 2024, frühestens am 21.10.2024");
    }

    private static List<String> panelItemIds() {
        return _find(ItemCard.class).stream().map(card -> card.getElement().getAttribute("data-item")).toList();
    }

    private static ItemCard card(String itemId) {
        return _find(ItemCard.class).stream().filter(c -> itemId.equals(c.getElement().getAttribute("data-item"))).findFirst().orElseThrow();
    }

    private static String cardText(String itemId) {
        return card(itemId).getElement().getTextRecursively();
    }

    private static String quoteText(String itemId) {
        return card(itemId).getChildren().filter(Paragraph.class::isInstance).map(Paragraph.class::cast)
                .filter(p -> p.hasClassName("sa-item__quote-text")).findFirst().orElseThrow().getText();
    }
}
