package dev.storyatlas.map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.storyatlas.BrowserTest;
import dev.storyatlas.Readers;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MapInBrowserTest extends BrowserTest {

    @Test
    void the_map_has_one_pin_per_place_named_by_the_place() {
        openMap("/?lang=en");

        assertThat(pins()).hasCount(7);
        List<String> names = pins().all().stream().map(pin -> pin.getAttribute("aria-label").replaceFirst(" – .*", "")).toList();
        assertThat(names).containsExactlyInAnyOrder("Seoul", "Pyongyang", "Moscow", "Bryansk Oblast", "Kyiv", "Beijing", "Tokyo");
        for (String name : names) {
            Locator byRole = page.locator(".leaflet-marker-pane").getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName(name + " – "));
            assertThat(byRole).isVisible();
        }
        assertThat(page.locator(".leaflet-marker-pane [alt='Marker'], .leaflet-marker-pane [aria-label='Marker']")).hasCount(0);
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void clicking_the_bryansk_pin_shows_the_desertion_report() {
        openMap("/?lang=de");

        pin("Gebiet Brjansk").click();

        Locator panel = page.locator("#place-panel");
        assertThat(panel).isVisible();
        assertThat(panel.locator("h2")).hasText("Gebiet Brjansk");
        assertThat(panel.locator("[data-item='desertion-in-bryansk']")).containsText("Achtzehn nordkoreanische Soldaten");
        assertThat(panel.locator("[data-item='desertion-in-bryansk']")).containsText("schreibt das Nachrichtenportal nv.ua");
        assertThat(panel.locator("[data-item='desertion-in-bryansk']")).containsText("6. Textabsatz");
        assertThat(page).hasURL(Pattern.compile("[?&]place=bryansk"));
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void an_actor_in_the_url_leaves_only_that_actors_places() {
        openMap("/?actor=lloyd-austin&lang=en");

        assertThat(pins()).hasCount(1);
        assertThat(pins().first()).hasAttribute("aria-label", "Kyiv – 1 item");
        assertThat(page.locator(".sa-places__button")).hasCount(1);
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void a_reader_picks_an_actor_in_the_filter_and_the_map_follows() {
        openMap("/?lang=en");

        page.locator("#actor-filter input").click();
        option("Lloyd Austin (person)").click();

        assertThat(pins()).hasCount(1);
        assertThat(pins().first()).hasAttribute("aria-label", "Kyiv – 1 item");
        assertThat(page).hasURL(Pattern.compile("[?&]actor=lloyd-austin"));
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void a_keyboard_reader_types_an_actors_name_and_picks_it() {
        openMap("/?lang=en");
        page.locator("#actor-filter input").focus();

        page.keyboard().type("Lloyd");
        // the list narrows to the one actor before the arrow goes down: on a list still longer it would take the first
        assertThat(page.getByRole(AriaRole.OPTION)).hasCount(1);
        assertThat(option("Lloyd Austin (person)")).isVisible();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");

        assertThat(pins()).hasCount(1);
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void a_place_in_the_url_opens_with_its_statement() {
        openMap("/?place=beijing&lang=en");

        Locator panel = page.locator("#place-panel");
        assertThat(panel.locator("h2")).hasText("Beijing");
        assertThat(panel.locator("[data-item='lin-jian-standard-phrase']"))
                .containsText("China hat in der Ukraine-Krise eine konsequente und klare Haltung eingenommen");
        assertThat(panel.locator("[data-item='lin-jian-standard-phrase']")).containsText("Lin Jian, verbatim:");
        assertThat(panel.locator("[data-item='lin-jian-standard-phrase'] .sa-item__quote-text--direct")).hasText(Pattern.compile("^“China hat .*werden\\.”$"));
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void the_url_follows_the_readers_choices_so_a_copied_link_reproduces_the_view() {
        openMap("/?lang=en");

        page.locator(".sa-places__button[data-place='seoul']").click();
        assertThat(page).hasURL(Pattern.compile("[?&]place=seoul"));
        String copied = page.url();

        navigate(copied);
        Readers.beginToUse(page);
        page.waitForSelector(".leaflet-marker-pane .sa-pin");
        assertThat(page.locator("#place-panel h2")).hasText("Seoul");
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void an_unknown_place_shows_a_notice_not_an_error_page() {
        openMap("/?place=atlantis&lang=en");

        assertThat(page.getByText("This story has no place “atlantis”")).isVisible();
        assertThat(pins()).hasCount(7);
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void visible_pin_labels_never_overlap_and_stay_inside_the_map_on_a_phone_and_a_desktop() {
        for (int width : new int[] {320, 1280}) {
            page.setViewportSize(width, 800);
            openMap("/?lang=de&place=seoul");

            Object overlaps = page.evaluate("() => {"
                    + " const map = document.querySelector('.sa-map').getBoundingClientRect();"
                    + " const boxes = [...document.querySelectorAll('.sa-pin__label')].filter(l => getComputedStyle(l).display !== 'none')"
                    + "   .map(l => l.getBoundingClientRect());"
                    + " const clash = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;"
                    + " const problems = [];"
                    + " boxes.forEach((a, i) => { if (a.left < map.left || a.right > map.right || a.top < map.top || a.bottom > map.bottom) problems.push('outside ' + i);"
                    + "   boxes.slice(i + 1).forEach((b, j) => { if (clash(a, b)) problems.push(i + ' overlaps ' + (i + j + 1)); }); });"
                    + " return problems.join('; '); }");
            assertThat(overlaps).as("at " + width + " px").isEqualTo("");
            assertThat(page.locator(".sa-pin--selected .sa-pin__label")).isVisible();
        }
    }

    private Locator pin(String name) {
        return page.locator(".leaflet-marker-pane").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName(name + " – "));
    }

    /** An entry of the filter's open list; the list keeps hidden, recycled entries beside the shown ones. */
    private Locator option(String name) {
        return page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
