package dev.storyatlas.map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import dev.storyatlas.BrowserlessTest;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinksAndTimelineTest extends BrowserlessTest {

    private static final String LINKS = "sa-links__button";
    private static final String DAYS = "sa-timeline__day";

    @Test
    void the_story_shows_its_links_and_the_list_names_them_with_who_claims_them() {
        open("", "lang=de");

        assertThat(ListedChoices.ids(LINKS)).containsExactly(
                "axis-pyongyang-moscow", "china-russia-relations", "china-north-korea-relations", "south-korea-japan-closing-ranks");
        assertThat(ListedChoices.of(LINKS).getFirst().text())
                .isEqualTo("Beziehungen: Pjöngjang – Moskau: die Achse Pjöngjang-Moskau (Einschätzung – von: taz)");
    }

    @Test
    void choosing_a_link_opens_its_incident_and_the_url_state_carries_it() {
        open("", "lang=de");

        ListedChoices.choose(LINKS, "axis-pyongyang-moscow");

        assertThat(panelItemIds()).containsExactly("axis-pyongyang-moscow");
        assertThat(_get(H2.class, spec -> spec.withId("place-panel-heading")).getText()).isEqualTo("Pjöngjang – Moskau: die Achse Pjöngjang-Moskau");
        assertThat(_get(StoryExplorer.class).state().link()).isEqualTo("axis-pyongyang-moscow");
        assertThat(_get(StoryExplorer.class).state().toQueryParameters().getQueryString()).contains("link=axis-pyongyang-moscow");
    }

    @Test
    void a_link_in_the_url_opens_its_incident() {
        open("", "link=south-korea-japan-closing-ranks");

        assertThat(panelItemIds()).containsExactly("south-korea-japan-closer-to-nato");
    }

    @Test
    void a_pin_click_on_the_map_for_a_link_behaves_like_the_list() {
        open("", "lang=en");

        ListedChoices.chooseOnMap("china-russia-relations", true);
        ListedChoices.chooseOnMap("no-such-link", true);

        assertThat(panelItemIds()).containsExactly("china-intensifies-relations");
    }

    @Test
    void the_actor_filter_applies_to_links_as_to_pins() {
        open("", "actor=china");

        assertThat(ListedChoices.ids(LINKS)).containsExactly("china-russia-relations", "china-north-korea-relations");

        open("", "actor=lloyd-austin");

        assertThat(_find(LinkList.class)).isEmpty();
    }

    @Test
    void the_timeline_lists_the_dated_days_with_the_articles_wording() {
        open("", "lang=de");

        assertThat(ListedChoices.of(DAYS)).extracting(ListedChoices.Button::text).containsExactly(
                "Alle Tage", "18.10.2024 – am Freitag (1 Eintrag)", "21.10.2024 – am Montag, nach dem Telefonat (3 Einträge)");
    }

    @Test
    void a_time_range_narrows_dated_items_and_keeps_undated_ones_with_a_note() {
        open("", "lang=en&from=2024-10-18&to=2024-10-18&place=seoul");

        assertThat(panelItemIds()).doesNotContain("yoon-rutte-call").contains("ambassador-summoned");
        assertThat(_get(StoryMap.class).shownPlaceIds()).contains("pyongyang", "moscow");
        assertThat(ListedChoices.ids(LINKS)).contains("axis-pyongyang-moscow");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("sa-timeline__note")).getText())
                .isEqualTo("17 items without a date stay visible.");
        assertThat(countText()).isEqualTo("Showing 10 reports, 4 assessments and 4 quotes");
    }

    @Test
    void choosing_a_day_then_another_selects_the_range_and_the_state_carries_it() {
        open("", "lang=en");

        ListedChoices.choose(DAYS, "2024-10-21");
        assertThat(ListedChoices.of(DAYS)).extracting(ListedChoices.Button::on).containsExactly(false, false, true);
        assertThat(_get(StoryExplorer.class).state().from()).isEqualTo("2024-10-21");
        assertThat(_get(StoryExplorer.class).state().to()).isEqualTo("2024-10-21");
        assertThat(countText()).isEqualTo("Showing 11 reports, 4 assessments and 5 quotes");

        ListedChoices.choose(DAYS, "2024-10-18");
        assertThat(_get(StoryExplorer.class).state().toQueryParameters().getQueryString())
                .contains("from=2024-10-18", "to=2024-10-21");
        assertThat(countText()).isEqualTo("Showing 11 reports, 4 assessments and 6 quotes");

        ListedChoices.choose(DAYS, "all");
        assertThat(_get(StoryExplorer.class).state().from()).isNull();
        assertThat(ListedChoices.of(DAYS)).extracting(ListedChoices.Button::on).containsExactly(true, false, false);
    }

    @Test
    void an_unknown_link_and_a_malformed_date_give_notices() {
        open("", "lang=en&link=nowhere&from=18.10.2024");

        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text", "")).containsExactly(
                "This story has no link “nowhere”.", "“18.10.2024” is not a date (use YYYY-MM-DD); the time range is ignored.");
        assertThat(_find(PlacePanel.class)).isEmpty();
        assertThat(_get(StoryExplorer.class).state().from()).isNull();
    }

    private static List<String> panelItemIds() {
        return _find(ItemCard.class).stream().map(card -> card.getElement().getAttribute("data-item")).toList();
    }

    private static String countText() {
        return _get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("item-count")).getText();
    }
}
