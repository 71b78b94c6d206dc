package dev.storyatlas.map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ReducedMotion;
import com.microsoft.playwright.options.WaitUntilState;
import dev.storyatlas.BrowserTest;
import dev.storyatlas.Readers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccessibilityInBrowserTest extends BrowserTest {

    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @Test
    void axe_finds_no_wcag_aa_violation_on_the_map_view() {
        openMap("/?lang=en");

        assertThat(violations(page)).isEmpty();
    }

    @Test
    void axe_finds_no_wcag_aa_violation_with_a_place_panel_open() {
        openMap("/?lang=de&place=seoul");
        page.waitForSelector("#place-panel [data-item]");

        assertThat(violations(page)).isEmpty();
    }

    @Test
    void axe_finds_no_wcag_aa_violation_with_the_items_without_a_place_open() {
        openMap("/?lang=de&place=without-place");
        page.waitForSelector("#place-panel [data-item='rutte-unprecedented-escalation']");

        assertThat(page.locator(".sa-places__button[data-place='without-place']")).hasText("Ohne Ort – 3 Einträge");
        assertThat(violations(page)).isEmpty();
    }

    @Test
    void axe_finds_no_wcag_aa_violation_in_the_embed_with_a_link_open() {
        openMap("/embed?lang=en&link=axis-pyongyang-moscow");
        page.waitForSelector("#place-panel [data-item]");

        assertThat(violations(page)).isEmpty();
    }

    /** Every rule axe runs by default, best practices too (Lighthouse's accessibility audits are a part of them). */
    @ParameterizedTest
    @CsvSource({"375, /embed?lang=de", "375, /?lang=en", "1280, /embed?lang=en", "1280, /?lang=de"})
    void a_full_axe_run_finds_nothing_with_the_filter_sheet_open(int width, String path) {
        page.setViewportSize(width, 800);
        openMap(path);
        if (width < 720) {
            page.locator("#filter-toggle").click(); // the phone's control row folds the filter; wide screens always show it
        }
        assertThat(page.locator("#actor-filter")).isVisible();

        AxeBuilder axe = new AxeBuilder(page)
                // Vaadin's own status line for a lost connection, which Flow adds to the page outside the view
                .exclude("vaadin-connection-indicator");
        if (path.startsWith("/embed")) {
            // an embed is part of a host's article, whose page has the heading of level one; a second would break its outline
            axe.disableRules(List.of("page-has-heading-one"));
        }
        List<String> violations = axe.analyze().getViolations().stream().map(AccessibilityInBrowserTest::describe).toList();
        assertThat(violations).isEmpty();
    }

    @Test
    void a_keyboard_reader_tabs_to_a_pin_opens_it_with_enter_and_returns_with_escape() {
        openMap("/?lang=en");

        String pin = tabUntil("document.activeElement.classList.contains('sa-pin')", 40);
        assertThat(pin).as("a pin was reached by Tab").isNotNull();
        page.keyboard().press("Enter");

        assertThat(page.locator("#place-panel")).isVisible();
        page.waitForFunction("() => document.querySelector('#place-panel').contains(document.activeElement)");
        assertThat(page.locator("#place-panel h2")).hasText(pinName(pin));

        page.keyboard().press("Escape");

        assertThat(page.locator("#place-panel")).isHidden();
        page.waitForFunction("id => document.activeElement.dataset.place === id", pin);
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void pins_are_named_by_place_with_their_number_of_items() {
        openMap("/?lang=en");

        assertThat(pins().all()).extracting(p -> p.getAttribute("aria-label"))
                .contains("Seoul – 8 items", "Kyiv – 1 item", "Bryansk Oblast – 2 items");
    }

    @Test
    void readers_who_ask_for_less_motion_get_no_map_animations() {
        BrowserContext calm = page.context().browser().newContext(new Browser.NewContextOptions().setReducedMotion(ReducedMotion.REDUCE));
        try {
            Page calmPage = calm.newPage();
            calmPage.navigate(url("/?lang=en"), new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
            Readers.beginToUse(calmPage);
            // the view's map, not the first map drawn before it (which takes the same preference, see first-map.ts)
            calmPage.waitForSelector(".sa-map-region .leaflet-marker-pane .sa-pin");

            assertThat(calmPage.evaluate("() => L.Map.prototype.options.zoomAnimation")).isEqualTo(false);
            assertThat(calmPage.evaluate("() => document.querySelector('.sa-map-region .sa-map__leaflet').map._zoomAnimated")).isEqualTo(false);
        } finally {
            calm.close();
        }
    }

    @Test
    void at_320_pixels_the_page_does_not_scroll_sideways_and_the_pins_show() {
        page.setViewportSize(320, 640);
        openMap("/?lang=de&place=bryansk");

        assertThat(page.evaluate("() => document.scrollingElement.scrollWidth")).isEqualTo(320);
        assertThat(pins().first()).isVisible();
        assertThat(page.locator("#place-panel")).isVisible();
    }

    /** Presses Tab until the condition holds; returns the focused pin's place id, or null. */
    private String tabUntil(String condition, int maxPresses) {
        for (int i = 0; i < maxPresses; i++) {
            page.keyboard().press("Tab");
            if (Boolean.TRUE.equals(page.evaluate("() => " + condition))) {
                return (String) page.evaluate("() => document.activeElement.dataset.place");
            }
        }
        return null;
    }

    private String pinName(String placeId) {
        String label = page.locator(".sa-pin[data-place='" + placeId + "']").getAttribute("aria-label");
        return label.substring(0, label.indexOf(" – "));
    }

    private static List<String> violations(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_AA).analyze();
        return results.getViolations().stream().map(AccessibilityInBrowserTest::describe).toList();
    }

    private static String describe(Rule rule) {
        return rule.getId() + ": " + rule.getHelp() + " at " + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList();
    }
}
