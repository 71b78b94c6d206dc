package dev.storyatlas.embed;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.storyatlas.embed.EmbedFrames.pin;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServiceInitListener;
import dev.storyatlas.BrowserTest;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The iframe on a page of another origin on the same site (another port of localhost), with any site
 * allowed to embed it; {@link CrossSiteIframeInBrowserTest} and {@link CrossSiteElementInBrowserTest}
 * embed from another site.
 */
@Import(EmbedInBrowserTest.OpenUis.class)
class EmbedInBrowserTest extends BrowserTest {

    @Autowired
    private OpenUis openUis;

    private final HostSite host = new HostSite();

    @AfterEach
    void stopHost() {
        host.close();
    }

    @Test
    void an_iframe_on_another_site_shows_the_pins_and_a_click_opens_the_panel() {
        FrameLocator frame = openIframe("/embed?lang=en", 900);

        assertThat(EmbedFrames.pins(frame)).hasCount(7);
        pin(frame, "Kyiv").click();

        assertThat(frame.locator("#place-panel h2")).hasText("Kyiv");
        assertThat(frame.locator("h1")).hasCount(0);
        page.waitForCondition(() -> page.frames().stream().anyMatch(f -> f.url().endsWith("/embed?place=kyiv&lang=en")));
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void the_iframe_applies_the_initial_place_filter_and_language() {
        FrameLocator frame = openIframe("/embed/taz-2024-10-nordkorea-soldaten?place=beijing&actor=china&lang=de", 900);

        assertThat(EmbedFrames.pins(frame)).hasCount(3);
        assertThat(frame.locator("#place-panel h2")).hasText("Peking");
        assertThat(frame.locator("#item-count")).containsText("angezeigt");
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void on_a_phone_wide_iframe_the_panel_opens_below_the_map_and_the_iframe_grows_with_it() {
        FrameLocator frame = openIframe("/embed?lang=en", 320);
        Locator iframe = page.locator("#atlas");
        page.waitForFunction("() => document.getElementById('atlas').style.height !== '640px'");
        double before = iframe.boundingBox().height;

        frame.locator(".sa-places__button[data-place='seoul']").click();
        assertThat(frame.locator("#place-panel")).isVisible();
        page.waitForFunction("h => document.getElementById('atlas').getBoundingClientRect().height > h + 200", before);

        // the iframe fits its content (and the content's margins), which embed.js learns by messages a step behind it:
        // waits for that, and fails when it never comes
        double content = (double) frame.locator(".sa-embed").evaluate("e => e.getBoundingClientRect().height");
        page.waitForFunction("c => Math.abs(document.getElementById('atlas').getBoundingClientRect().height - (c + 2 * 8)) <= 40", content);
        double mapBottom = frame.locator(".sa-map-region").boundingBox().y + frame.locator(".sa-map-region").boundingBox().height;
        assertThat(frame.locator("#place-panel").boundingBox().y).isGreaterThanOrEqualTo(mapBottom);
        assertThat(frame.locator(".sa-map-region").boundingBox().width).isGreaterThan(280);
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void the_main_view_refuses_to_be_framed_by_another_site() {
        host.page("/main.html", "<iframe id=\"atlas\" src=\"" + url("/?lang=en") + "\" title=\"Map\"></iframe>");

        navigate("http://localhost:" + host.port() + "/main.html");
        page.waitForCondition(() -> pageErrors.stream().anyMatch(error -> error.contains("frame-ancestors")));

        assertThat(page.frameLocator("#atlas").locator(".sa-pin")).hasCount(0);
        assertThat(pageErrors).anyMatch(error -> error.contains("frame-ancestors"));
        pageErrors.removeIf(error -> error.contains("frame-ancestors")); // the refusal this test expects
    }

    @Test
    void when_the_reader_leaves_the_host_page_vaadin_closes_the_embeds_ui_at_once() {
        Set<UI> before = openUis.now();
        openIframe("/embed?lang=en", 900);
        Set<UI> embeds = new HashSet<>(openUis.now());
        embeds.removeAll(before);
        assertThat(embeds).hasSize(1);

        navigate("about:blank");

        page.waitForCondition(() -> openUis.now().stream().noneMatch(embeds::contains));
        assertThat(openUis.now()).as("the embed's UI after the reader left").doesNotContainAnyElementsOf(embeds);
        assertThat(pageErrors).isEmpty();
    }

    private FrameLocator openIframe(String pathAndQuery, int width) {
        return EmbedFrames.open(page, host.page("/iframe.html", EmbedFrames.markup(url(pathAndQuery), width, url("/embed.js"))));
    }

    /** The UIs the server holds; the unload beacon that Vaadin sends from the page should close them. */
    @TestConfiguration
    static class OpenUis {
        private final Set<UI> open = ConcurrentHashMap.newKeySet();

        @Bean
        VaadinServiceInitListener trackOpenUis() {
            return event -> event.getSource().addUIInitListener(init -> {
                UI ui = init.getUI();
                open.add(ui);
                ui.addDetachListener(detach -> open.remove(ui));
            });
        }

        Set<UI> now() {
            return Set.copyOf(open);
        }
    }
}
