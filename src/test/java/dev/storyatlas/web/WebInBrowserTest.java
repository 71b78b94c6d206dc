package dev.storyatlas.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.storyatlas.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The content security policy and the not-found page as a reader's browser meets them. */
class WebInBrowserTest extends BrowserTest {

    @BeforeEach
    void recordPolicyViolations() {
        page.addInitScript("window.violations = []; document.addEventListener('securitypolicyviolation',"
                + " (e) => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));");
    }

    @Test
    void the_map_works_under_the_policy_and_the_browser_blocks_nothing() {
        openMap("/?lang=en");
        pins().first().click();
        assertThat(page.locator("#place-panel h2")).isVisible();

        assertThat(page.evaluate("() => window.violations")).asList().isEmpty();
    }

    @Test
    void the_embed_works_under_the_policy_and_the_browser_blocks_nothing() {
        openMap("/embed?lang=de&place=seoul");
        assertThat(page.locator("#place-panel h2")).hasText("Seoul");

        assertThat(page.evaluate("() => window.violations")).asList().isEmpty();
    }

    @Test
    void the_policy_stops_a_plugin_and_a_foreign_base_address() {
        openMap("/?lang=en");
        page.evaluate("() => { const o = document.createElement('object'); o.data = '/icons/story-atlas.svg'; document.body.append(o);"
                + " const b = document.createElement('base'); b.href = 'https://elsewhere.example/'; document.head.append(b); }");

        page.waitForFunction("() => window.violations.some((v) => v.startsWith('object-src'))");
        assertThat(page.evaluate("() => document.baseURI")).asString().startsWith(url("/"));
        pageErrors.removeIf(error -> error.contains("Content Security Policy")); // the refusals this test asks for
    }

    @Test
    void an_unknown_address_shows_the_not_found_page_in_the_readers_language_with_a_way_back_to_the_map() {
        navigate(url("/no-such-page?lang=de"));

        assertThat(page.getByRole(AriaRole.HEADING)).hasText("Seite nicht gefunden");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zur Karte")).click();
        page.waitForSelector(".sa-map-region .leaflet-marker-pane .sa-pin");
        assertThat(page).hasURL(url("/?lang=de"));
    }

    @Test
    void an_unknown_story_in_the_embed_keeps_the_reader_in_the_embed() {
        navigate(url("/embed/no-such-story/x?lang=en"));

        assertThat(page.getByRole(AriaRole.HEADING)).hasText("Page not found");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to the map")).click();
        page.waitForSelector(".sa-map-region .leaflet-marker-pane .sa-pin");
        assertThat(page).hasURL(url("/embed?lang=en"));
    }
}
