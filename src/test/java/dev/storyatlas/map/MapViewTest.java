package dev.storyatlas.map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.internal.StateNode;
import com.vaadin.flow.internal.StateTree;
import com.vaadin.flow.internal.change.MapPutChange;
import dev.storyatlas.BrowserlessTest;
import dev.storyatlas.story.StoryCatalog;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MapViewTest extends BrowserlessTest {

    private static final String PLACES = "sa-places__button";

    @Autowired
    private StoryCatalog catalog;

    @Autowired
    private Explorers explorers;

    @Test
    void the_map_shows_one_pin_per_place_and_lists_every_place() {
        open("", "lang=en");

        assertThat(_get(StoryMap.class).shownPlaceIds())
                .containsExactlyInAnyOrder("seoul", "pyongyang", "moscow", "bryansk", "kyiv", "beijing", "tokyo");
        assertThat(ListedChoices.ids(PLACES)).containsExactly("seoul", "pyongyang", "moscow", "bryansk", "kyiv", "beijing", "tokyo",
                "without-place");
        assertThat(countText()).isEqualTo("Showing 11 reports, 4 assessments and 6 quotes");
        assertThat(panelIsOpen()).isFalse();
    }

    @Test
    void readers_of_the_same_map_are_shown_the_same_lists() {
        open("", "lang=en");
        StoryExplorer first = _get(StoryExplorer.class);
        StoryExplorer second = anotherExplorerBeside(first);

        second.apply(MapState.EMPTY);

        assertThat(entriesOf(second, PlaceList.class)).isEqualTo(entriesOf(first, PlaceList.class)).contains("\"id\":\"seoul\"");
        assertThat(entriesOf(second, LinkList.class)).isEqualTo(entriesOf(first, LinkList.class)).contains("\"id\":\"axis-pyongyang-moscow\"");
        assertThat(entriesOf(second, Timeline.class)).isEqualTo(entriesOf(first, Timeline.class)).contains("\"id\":\"2024-10-18\"");
    }

    @Test
    void a_place_one_reader_opens_is_marked_in_that_readers_list_only() {
        open("", "lang=en");
        StoryExplorer first = _get(StoryExplorer.class);
        StoryExplorer second = anotherExplorerBeside(first);

        second.apply(MapState.EMPTY.withPlace("seoul"));
        first.apply(MapState.EMPTY);

        assertThat(entriesOf(second, PlaceList.class)).contains("\"id\":\"seoul\"").contains("\"on\":true");
        assertThat(entriesOf(first, PlaceList.class)).contains("\"id\":\"seoul\"").doesNotContain("\"on\":true");
    }

    @Test
    void clicking_the_bryansk_pin_opens_a_panel_with_the_desertion_report_and_its_source() {
        open("", "lang=de");

        ListedChoices.chooseOnMap("bryansk", false);

        PlacePanel panel = _get(PlacePanel.class);
        assertThat(panelItemIds()).containsExactly("desertion-in-bryansk", "deserters-could-be-deployed");
        String text = textOf(panel);
        assertThat(text).contains("Gebiet Brjansk", "Bericht – Quelle: nv.ua", "„schreibt das Nachrichtenportal nv.ua“",
                "Achtzehn nordkoreanische Soldaten seien im russischen Gebiet Brjansk", "Quelle: taz, 6. Textabsatz");
    }

    @Test
    void choosing_a_place_from_the_list_shows_its_items_in_article_order() {
        open("", "lang=en");

        ListedChoices.choose(PLACES, "seoul");

        assertThat(panelItemIds()).containsExactly("yoon-rutte-call", "yoon-after-call", "ambassador-summoned",
                "seoul-demands-withdrawal", "embassy-did-not-deny", "embassy-international-law", "intelligence-service-friday",
                "south-korea-japan-closer-to-nato");
        assertThat(_get(StoryExplorer.class).state().place()).isEqualTo("seoul");
    }

    @Test
    void a_pin_click_for_a_place_without_a_pin_is_ignored() {
        open("", "actor=lloyd-austin");

        ListedChoices.chooseOnMap("seoul", false);
        ListedChoices.chooseOnMap("<script>", false);

        assertThat(panelIsOpen()).isFalse();
    }

    @Test
    void the_actor_filter_leaves_only_places_and_items_of_that_actor() {
        open("", "lang=en&actor=lloyd-austin");

        assertThat(_get(StoryMap.class).shownPlaceIds()).containsExactly("kyiv");
        assertThat(ListedChoices.ids(PLACES)).containsExactly("kyiv");
        assertThat(countText()).isEqualTo("Showing 1 report, no assessments and no quotes");
    }

    @Test
    void picking_a_state_includes_its_people_and_institutions() {
        open("", "lang=en&actor=china&place=beijing");

        assertThat(_get(StoryMap.class).shownPlaceIds()).containsExactlyInAnyOrder("beijing", "moscow", "pyongyang");
        assertThat(panelItemIds()).containsExactly("china-intensifies-relations", "china-no-criticism", "lin-jian-standard-phrase");
    }

    @Test
    void choosing_actors_in_the_filter_narrows_the_panel_and_clearing_restores_everything() {
        open("", "lang=en&place=seoul");
        ActorFilter filter = _get(ActorFilter.class);

        filter.select(catalog.defaultStory().actor("yoon-suk-yeol").orElseThrow());

        assertThat(panelItemIds()).containsExactly("yoon-rutte-call", "yoon-after-call");
        assertThat(_get(StoryMap.class).shownPlaceIds()).containsExactly("seoul");
        assertThat(_get(StoryExplorer.class).state().actors()).containsExactly("yoon-suk-yeol");

        filter.clear();

        assertThat(panelItemIds()).hasSize(8);
        assertThat(_get(StoryMap.class).shownPlaceIds()).hasSize(7);
        assertThat(countText()).isEqualTo("Showing 11 reports, 4 assessments and 6 quotes");
    }

    @Test
    void url_parameters_restore_place_filter_and_language() {
        open("", "place=beijing&actor=lin-jian,nato&lang=de");

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.GERMAN);
        assertThat(_get(ActorFilter.class).selectedIds()).containsExactlyInAnyOrder("lin-jian", "nato");
        assertThat(panelItemIds()).containsExactly("lin-jian-standard-phrase");
        assertThat(textOf(_get(PlacePanel.class))).contains("Lin Jian, wörtlich:", "am Montag");
        assertThat(countText()).isEqualTo("1 Bericht, 1 Einschätzung und 2 Zitate angezeigt");
    }

    @Test
    void repeated_actor_parameters_combine() {
        open("", "actor=lloyd-austin&actor=nv-ua");

        assertThat(_get(StoryMap.class).shownPlaceIds()).containsExactlyInAnyOrder("kyiv", "bryansk");
    }

    @Test
    void an_unknown_place_gives_a_friendly_notice_and_the_whole_map() {
        open("", "lang=en&place=atlantis");

        assertThat(notificationTexts()).containsExactly("This story has no place “atlantis”. Showing the whole map.");
        assertThat(panelIsOpen()).isFalse();
        assertThat(_get(StoryMap.class).shownPlaceIds()).hasSize(7);
    }

    @Test
    void an_unknown_actor_is_named_in_a_notice_and_the_known_ones_still_filter() {
        open("", "lang=de&actor=lloyd-austin,gandalf");

        assertThat(notificationTexts()).containsExactly("Unbekannte Akteure nicht in den Filter übernommen: gandalf");
        assertThat(_get(StoryMap.class).shownPlaceIds()).containsExactly("kyiv");
    }

    @Test
    void an_unknown_language_falls_back_with_a_notice() {
        open("", "lang=fr");

        assertThat(notificationTexts()).hasSize(1);
        assertThat(notificationTexts().getFirst()).contains("fr");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isIn("en", "de");
    }

    @Test
    void closing_the_panel_clears_the_place_from_the_state() {
        open("", "place=kyiv");

        ButtonKt._click(_get(Button.class, spec -> spec.withId("place-panel-close")));

        assertThat(panelIsOpen()).isFalse();
        assertThat(_get(StoryExplorer.class).state().place()).isNull();
    }

    @Test
    void choosing_a_pin_sends_the_selection_but_not_the_pins_and_lines_again() {
        open("", "lang=en");
        mapPropertiesSent();

        ListedChoices.chooseOnMap("bryansk", false);
        assertThat(mapPropertiesSent()).contains("selectedPlace").doesNotContain("pins", "links");

        // a day changes the pins' counts; every line of the story is undated, so the lines stay as sent
        ListedChoices.choose("sa-timeline__day", "2024-10-21");
        assertThat(mapPropertiesSent()).contains("pins").doesNotContain("links");

        _get(ActorFilter.class).select(catalog.defaultStory().actor("china").orElseThrow());
        assertThat(mapPropertiesSent()).contains("links");
    }

    /** The names of the map element's properties queued for the browser since the last call (or the last simulated round trip). */
    private static Set<String> mapPropertiesSent() {
        StateNode map = _get(StoryMap.class).getElement().getNode();
        StateTree tree = UI.getCurrent().getInternals().getStateTree();
        tree.runExecutionsBeforeClientResponse();
        Set<String> sent = new HashSet<>();
        tree.collectChanges(change -> {
            if (change.getNode() == map && change instanceof MapPutChange put) {
                sent.add(put.getKey());
            }
        });
        return sent;
    }

    private static boolean panelIsOpen() {
        return !_find(PlacePanel.class).isEmpty();
    }

    private static List<String> panelItemIds() {
        return _find(ItemCard.class).stream().map(card -> card.getElement().getAttribute("data-item")).toList();
    }

    private static String countText() {
        return _get(Span.class, spec -> spec.withId("item-count")).getText();
    }

    private static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream().map(MapViewTest::notificationText).toList();
    }

    private static String notificationText(Notification notification) {
        return notification.getElement().getProperty("text", "");
    }

    private static String textOf(Component component) {
        return component.getElement().getTextRecursively();
    }

    /** A second explorer of the same story on the page, as another reader's view would be. */
    private StoryExplorer anotherExplorerBeside(StoryExplorer explorer) {
        StoryExplorer another = explorers.create(explorer.story());
        UI.getCurrent().add(another);
        return another;
    }

    /** The JSON a list of the explorer draws its buttons from. */
    private static String entriesOf(StoryExplorer explorer, Class<? extends Component> list) {
        return _get(_get(explorer, list), Choices.class).getElement().getProperty("entries");
    }
}
