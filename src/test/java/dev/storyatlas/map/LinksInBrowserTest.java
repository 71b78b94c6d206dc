package dev.storyatlas.map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.storyatlas.BrowserTest;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LinksInBrowserTest extends BrowserTest {

    private static final double[] PYONGYANG = {39.0392, 125.7625};
    private static final double[] MOSCOW = {55.7558, 37.6173};

    @Test
    void a_link_is_drawn_from_one_place_to_the_other() {
        openMap("/?lang=en");
        page.waitForSelector("path[data-link='axis-pyongyang-moscow']");

        List<Number> ends = endsOf("axis-pyongyang-moscow");
        List<Number> from = layerPoint(PYONGYANG);
        List<Number> to = layerPoint(MOSCOW);

        assertThat(ends.get(0).doubleValue()).isCloseTo(from.get(0).doubleValue(), within(2.0));
        assertThat(ends.get(1).doubleValue()).isCloseTo(from.get(1).doubleValue(), within(2.0));
        assertThat(ends.get(2).doubleValue()).isCloseTo(to.get(0).doubleValue(), within(2.0));
        assertThat(ends.get(3).doubleValue()).isCloseTo(to.get(1).doubleValue(), within(2.0));
        assertThat(page.locator("path[data-link='axis-pyongyang-moscow']"))
                .hasAttribute("aria-label", Pattern.compile("^Pyongyang – Moscow: die Achse Pjöngjang-Moskau \\(Assessment – by: taz\\)$"));
        // the article names no destination city for the soldiers: no deployment arrow
        assertThat(page.locator("path.sa-link")).hasCount(4);
        assertThat(page.locator(".sa-link-arrow")).hasCount(0);
        assertThat(page.locator("path.sa-link-hit[role='button']")).hasCount(4);
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void clicking_a_line_opens_its_incident() {
        openMap("/?lang=en");
        page.waitForSelector("path[data-link='china-russia-relations']");

        @SuppressWarnings("unchecked")
        Map<String, Number> middle = (Map<String, Number>) page.evaluate("() => {"
                + " const map = document.querySelector('.sa-map__leaflet').map;"
                + " const n = document.querySelector(\"path[data-link='china-russia-relations']\").getAttribute('d').match(/-?\\d+(\\.\\d+)?/g).map(Number);"
                + " const i = Math.floor(n.length / 4) * 2;"
                + " const c = map.layerPointToContainerPoint([n[i], n[i + 1]]);"
                + " const box = map.getContainer().getBoundingClientRect();"
                + " return { x: box.left + c.x, y: box.top + c.y }; }");
        page.mouse().click(middle.get("x").doubleValue(), middle.get("y").doubleValue());

        assertThat(page.locator("#place-panel [data-item='china-intensifies-relations']")).isVisible();
        assertThat(page).hasURL(Pattern.compile("[?&]link=china-russia-relations"));
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void a_keyboard_reader_opens_a_line_with_enter() {
        openMap("/?lang=en");
        page.waitForSelector("path[data-link='axis-pyongyang-moscow']");

        page.locator("path[data-link='axis-pyongyang-moscow']").focus();
        page.keyboard().press("Enter");

        assertThat(page.locator("#place-panel [data-item='axis-pyongyang-moscow']")).isVisible();
        page.waitForFunction("() => document.querySelector('#place-panel').contains(document.activeElement)");
        page.keyboard().press("Escape");
        page.waitForFunction("() => document.activeElement.getAttribute('data-link') === 'axis-pyongyang-moscow'");
    }

    @Test
    void a_time_range_in_the_url_keeps_undated_lines() {
        openMap("/?lang=en&from=2024-10-21&to=2024-10-21");

        assertThat(page.locator("path[data-link='axis-pyongyang-moscow']")).hasCount(1);
        assertThat(page.locator("path.sa-link")).hasCount(4);
        assertThat(page.locator(".sa-timeline__day[data-date='2024-10-21']")).hasAttribute("aria-pressed", "true");
    }

    @Test
    void the_side_lists_are_named_by_their_headings_and_a_pressed_day_keeps_the_focus() {
        openMap("/?lang=en");

        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Places").setExact(true))
                .getByRole(AriaRole.BUTTON)).hasCount(8);
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Links between places").setExact(true))
                .getByRole(AriaRole.BUTTON)).hasCount(4);
        assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Timeline").setExact(true))
                .getByRole(AriaRole.BUTTON)).hasCount(3);

        page.locator(".sa-timeline__day[data-date='2024-10-21']").focus();
        page.keyboard().press("Enter");

        assertThat(page.locator(".sa-timeline__day[data-date='2024-10-21']")).hasAttribute("aria-pressed", "true");
        assertThat(page.locator(".sa-timeline__day[data-date='all']")).hasAttribute("aria-pressed", "false");
        assertThat(page.locator(".sa-timeline__day[data-date='2024-10-21']")).isFocused();
        assertThat(page).hasURL(Pattern.compile("[?&]from=2024-10-21"));
    }

    /** The first and last points of a link's path, in Leaflet layer coordinates: [x0, y0, x1, y1]. */
    @SuppressWarnings("unchecked")
    private List<Number> endsOf(String linkId) {
        return (List<Number>) page.evaluate("id => { const d = document.querySelector(`path[data-link='${id}']`).getAttribute('d');"
                + " const n = d.match(/-?\\d+(\\.\\d+)?/g).map(Number); return [n[0], n[1], n[n.length - 2], n[n.length - 1]]; }", linkId);
    }

    @SuppressWarnings("unchecked")
    private List<Number> layerPoint(double[] latLon) {
        return (List<Number>) page.evaluate("([lat, lon]) => { const p = document.querySelector('.sa-map__leaflet').map"
                + ".latLngToLayerPoint([lat, lon]); return [p.x, p.y]; }", List.of(latLon[0], latLon[1]));
    }
}
