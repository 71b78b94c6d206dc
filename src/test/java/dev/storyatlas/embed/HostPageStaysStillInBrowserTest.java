package dev.storyatlas.embed;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Frame;
import dev.storyatlas.BrowserTest;
import dev.storyatlas.Readers;
import dev.storyatlas.map.MapState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A news article of another site with the map embedded by the Embed button's code does not move while the
 * map loads (issue 16, item 5): the page's cumulative layout shift, as a {@code PerformanceObserver} of
 * {@code layout-shift} entries in the page sees it, stays at most 0.01 until the embed says it is complete
 * ({@code data-story-atlas-state="ready"}), and for the iframe also while the view takes over from the first map. A
 * layout fact, read once the map is there; no timing is asserted.
 */
class HostPageStaysStillInBrowserTest extends BrowserTest {

    private static final HostSite HOST = new HostSite();
    private static final double MAX_SHIFT = 0.01;

    /** Collects the page's layout shifts not caused by the reader's input, with what moved, from the page's start. */
    private static final String SHIFT_OBSERVER = "<script>window.shifts = []; new PerformanceObserver((list) => {"
            + " for (const entry of list.getEntries()) { if (!entry.hadRecentInput) { window.shifts.push({ value: entry.value,"
            + " moved: entry.sources.map((s) => (s.node ? s.node.nodeName + '.' + (s.node.className || '') : '?')"
            + " + ' ' + JSON.stringify(s.previousRect) + ' -> ' + JSON.stringify(s.currentRect)).join('; ') }); } } })"
            + ".observe({ type: 'layout-shift', buffered: true });</script>";

    private static final String TEXT = "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut"
            + " labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip.</p>";

    @DynamicPropertySource
    static void allowTheNewsSite(DynamicPropertyRegistry registry) {
        registry.add("storyatlas.embed.allowed-origins", HOST::crossSiteOrigin);
    }

    @AfterAll
    static void stopHost() {
        HOST.close();
    }

    @Test
    void an_article_with_the_iframe_and_embed_js_stays_still_while_the_map_loads_and_while_the_view_takes_over() {
        EmbedCode code = EmbedCode.of(url(""), "taz-2024-10-nordkorea-soldaten", MapState.EMPTY, "en", "Map");
        navigate(article("/iframe-article.html", code.iframe()));

        // the embed's own signal: the first map a reader who only looks sees is complete
        assertThat(page.locator("iframe")).hasAttribute("data-story-atlas-state", "ready");
        assertStill();

        Readers.beginToUse(page.frameLocator("iframe"));
        Frame embed = page.frames().stream().filter(frame -> frame.url().contains("/embed/")).findFirst().orElseThrow();
        embed.waitForFunction("() => document.querySelectorAll('.sa-map-region .leaflet-marker-pane .sa-pin').length === 7");
        // embed.js has had the view's height
        page.waitForFunction("() => document.querySelector('iframe').hasAttribute('data-story-atlas-reserved')");
        assertStill();
    }

    @Test
    void an_article_with_the_element_stays_still_while_the_map_loads() {
        EmbedCode code = EmbedCode.of(url(""), "taz-2024-10-nordkorea-soldaten", MapState.EMPTY, "en", "Map");
        navigate(article("/element-article.html", code.webComponent()));

        // the embed's own signal: pins and basemap drawn, styles applied
        assertThat(page.locator("story-atlas-map")).hasAttribute("data-story-atlas-state", "ready");

        assertStill();
    }

    /** An article page of another site with the embed code between its paragraphs, as a newsroom's page has it. */
    private static String article(String path, String embedCode) {
        return HOST.crossSitePage(path, SHIFT_OBSERVER + "<article style=\"max-width:800px;margin:0 auto;font:18px/1.5 serif\">"
                + "<h2>North Korean soldiers in Russia</h2>" + TEXT + embedCode + TEXT + TEXT + TEXT + "</article>");
    }

    /** Reads the shifts after two more painted frames (entries are reported after the frame they happened in). */
    private void assertStill() {
        page.evaluate("() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))");
        Object shifts = page.evaluate("() => window.shifts");
        double total = ((Number) page.evaluate("() => window.shifts.reduce((sum, shift) => sum + shift.value, 0)")).doubleValue();
        // printed for the record of the test run
        System.out.printf("[layout shift] %.4f %s%n", total, shifts);
        assertThat(total).as("the article's layout shift while the map loaded: %s", shifts).isLessThanOrEqualTo(MAX_SHIFT);
    }
}
