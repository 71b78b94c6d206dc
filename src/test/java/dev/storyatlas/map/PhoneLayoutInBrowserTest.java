package dev.storyatlas.map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import dev.storyatlas.BrowserTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Phones get the map first: the filter and the timeline fold into one row of buttons, the panel scrolls into view. */
class PhoneLayoutInBrowserTest extends BrowserTest {

    private static final int PHONE_HEIGHT = 667;

    @ParameterizedTest
    @CsvSource({
            "375, /embed?lang=de",
            "320, /embed?lang=de",
            "375, /?lang=de",
            "320, /?lang=de",
            "375, /stories/taz-2024-10-nordkorea-soldaten?lang=en",
            "320, /stories/taz-2024-10-nordkorea-soldaten?lang=en",
    })
    void on_a_phone_the_map_fills_more_than_half_of_the_first_screen(int width, String path) {
        page.setViewportSize(width, PHONE_HEIGHT);
        openMap(path);

        BoundingBox map = page.locator(".sa-map-region").boundingBox();
        double shownOnFirstScreen = Math.min(map.y + map.height, PHONE_HEIGHT) - map.y;
        assertThat(map.y).as("the map's top").isBetween(0.0, (double) PHONE_HEIGHT);
        assertThat(map.height).as("the map's height").isGreaterThanOrEqualTo(0.55 * PHONE_HEIGHT);
        assertThat(shownOnFirstScreen).as("the map's part of the first screen").isGreaterThanOrEqualTo(0.55 * PHONE_HEIGHT);
        assertThat(page.locator("#actor-filter")).isHidden();
        assertThat(page.locator("#timeline")).isHidden();
        assertThat(page.evaluate("() => document.scrollingElement.scrollWidth")).isEqualTo(width);
    }

    @Test
    void on_a_phone_the_filter_button_opens_the_filter_by_keyboard_and_its_choice_still_filters() {
        page.setViewportSize(375, PHONE_HEIGHT);
        openMap("/embed?lang=en");
        Locator filterButton = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter").setExact(true));
        assertThat(filterButton).hasAttribute("aria-expanded", "false");
        assertThat(filterButton).hasAttribute("aria-controls", "filter-sheet");

        filterButton.focus();
        page.keyboard().press("Enter");

        assertThat(filterButton).hasAttribute("aria-expanded", "true");
        assertThat(page.locator("#filter-sheet #actor-filter")).isVisible();
        assertThat(page.locator("#actor-filter input")).isFocused();
        page.keyboard().type("Lloyd");
        // the choices narrow as the server answers; arrowing down before they are there chooses nothing, or another actor
        assertThat(page.getByRole(AriaRole.OPTION)).hasCount(1);
        assertThat(page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Lloyd Austin (person)").setExact(true))).isVisible();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        assertThat(pins()).hasCount(1);
        assertThat(page).hasURL(Pattern.compile("[?&]actor=lloyd-austin"));

        filterButton.focus();
        page.keyboard().press("Space");
        assertThat(filterButton).hasAttribute("aria-expanded", "false");
        assertThat(page.locator("#actor-filter")).isHidden();
        assertThat(pins()).hasCount(1);

        // a tap opens the sheet without moving focus into its field, which would open a phone's keyboard
        filterButton.click();
        assertThat(filterButton).hasAttribute("aria-expanded", "true");
        assertThat(page.locator("#actor-filter")).isVisible();
        assertThat(page.locator("#actor-filter input")).not().isFocused();
    }

    @Test
    void on_a_phone_the_time_button_opens_the_timeline_by_keyboard_and_a_day_still_filters() {
        page.setViewportSize(320, PHONE_HEIGHT);
        openMap("/?lang=en");
        Locator timeButton = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Time").setExact(true));
        assertThat(timeButton).hasAttribute("aria-controls", "timeline");

        String countBefore = page.locator("#item-count").textContent();
        timeButton.focus();
        page.keyboard().press("Space");

        assertThat(timeButton).hasAttribute("aria-expanded", "true");
        assertThat(page.locator("#timeline .sa-timeline__day[data-date='all']")).isFocused();
        Locator day = page.locator("#timeline .sa-timeline__day[data-date='2024-10-21']");
        page.keyboard().press("Tab");
        page.keyboard().press("Tab");
        assertThat(day).isFocused();
        page.keyboard().press("Enter");
        assertThat(day).hasAttribute("aria-pressed", "true");
        assertThat(page).hasURL(Pattern.compile("[?&]from=2024-10-21"));
        assertThat(page.locator("#item-count")).not().hasText(countBefore);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/embed?lang=de | Filter | Zeit | Lloyd Austin | 1 Akteur gewählt | Nur am 21.10.2024 | Filter zurücksetzen | Alle Tage",
            "/?lang=en | Filter | Time | Lloyd Austin | 1 actor chosen | Only Oct 21, 2024 | Clear filter | All days",
    })
    void on_a_phone_a_folded_filter_or_time_range_shows_on_its_button_until_it_is_reset(String path, String filterName, String timeName,
            String actor, String actorChosen, String dayChosen, String clearFilter, String allDays) {
        page.setViewportSize(375, PHONE_HEIGHT);
        openMap(path);
        Locator filterButton = page.locator("#filter-toggle");
        Locator timeButton = page.locator("#time-toggle");
        assertThat(filterButton.locator(".sa-controls__mark")).isHidden();
        assertThat(timeButton.locator(".sa-controls__mark")).isHidden();

        filterButton.click();
        page.locator("#actor-filter input").fill(actor);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile("^" + actor))).click();
        page.keyboard().press("Escape");
        assertThat(pins()).hasCount(1);
        filterButton.click();
        timeButton.click();
        page.locator("#timeline .sa-timeline__day[data-date='2024-10-21']").click();
        assertThat(page).hasURL(Pattern.compile("[?&]from=2024-10-21"));
        timeButton.click();

        assertThat(page.locator("#actor-filter")).isHidden();
        assertThat(page.locator("#timeline")).isHidden();
        assertThat(filterButton.locator(".sa-controls__mark")).isVisible();
        assertThat(filterButton.locator(".sa-controls__mark")).hasText("1");
        assertThat(filterButton).hasAccessibleName(filterName);
        assertThat(filterButton).hasAccessibleDescription(actorChosen);
        assertThat(timeButton.locator(".sa-controls__mark")).isVisible();
        assertThat(timeButton).hasAccessibleName(timeName);
        assertThat(timeButton).hasAccessibleDescription(dayChosen);

        filterButton.click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(clearFilter).setExact(true)).click();
        filterButton.click();
        timeButton.click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(allDays).setExact(true)).click();
        timeButton.click();

        assertThat(page).not().hasURL(Pattern.compile("[?&](actor|from)="));
        assertThat(filterButton.locator(".sa-controls__mark")).isHidden();
        assertThat(filterButton).hasAccessibleDescription("");
        assertThat(timeButton.locator(".sa-controls__mark")).isHidden();
        assertThat(timeButton).hasAccessibleDescription("");
    }

    @ParameterizedTest
    @CsvSource({"/embed?lang=en", "/?lang=en"})
    void on_a_phone_an_opened_pin_brings_its_panel_into_view_with_part_of_the_map_still_shown(String path) {
        page.setViewportSize(375, PHONE_HEIGHT);
        openMap(path);

        page.locator(".sa-map-region .sa-pin[data-place='tokyo']").click();

        assertThat(page.locator("#place-panel h2")).hasText("Tokyo");
        page.waitForFunction("() => document.getElementById('place-panel').getBoundingClientRect().top < innerHeight - 100");
        BoundingBox panel = page.locator("#place-panel").boundingBox();
        BoundingBox map = page.locator(".sa-map-region").boundingBox();
        assertThat(panel.y).as("the panel's top").isBetween(0.0, PHONE_HEIGHT - 100.0);
        assertThat(map.y + map.height).as("the map's bottom, above the panel").isGreaterThan(48.0);
    }

    @ParameterizedTest
    @CsvSource({"375, de", "1280, en"})
    void the_keyboard_instructions_are_the_maps_description_and_not_shown(int width, String language) {
        page.setViewportSize(width, 800);
        openMap("/?lang=" + language);

        Locator region = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions()
                .setName("de".equals(language) ? "Karte der Orte der Geschichte" : "Map of the places in the story"));
        assertThat(region).hasAccessibleDescription(Pattern.compile("^(Pins are buttons: use Tab|Die Stecknadeln sind Schaltflächen)"));
        assertThat(page.locator("#map-instructions")).isHidden();
    }

    @Test
    void on_a_desktop_the_filter_and_the_timeline_show_without_the_control_row() {
        openMap("/embed?lang=en");

        assertThat(page.locator(".sa-controls")).isHidden();
        assertThat(page.locator("#actor-filter")).isVisible();
        assertThat(page.locator("#timeline")).isVisible();
        BoundingBox map = page.locator(".sa-map-region").boundingBox();
        BoundingBox side = page.locator(".sa-side").boundingBox();
        assertThat(side.x).as("the side column beside the map").isGreaterThan(map.x + map.width - 1);
    }
}
