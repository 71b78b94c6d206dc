package dev.storyatlas.embed;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.storyatlas.embed.EmbedFrames.pin;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import dev.storyatlas.BrowserTest;
import dev.storyatlas.Readers;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The iframe on a news page of another site ({@code 127.0.0.1} embedding the app on
 * {@code localhost}) in Playwright's default context, which keeps a third-party cookie only when it
 * is partitioned, with the default configuration. Vaadin's heartbeat comes every three seconds here,
 * and an embed's session ends after ten seconds without a request, so that a test can let a reader
 * idle past the session's timeout by waiting for heartbeats, not by sleeping. (Vaadin closes a UI
 * after three missed heartbeats: a shorter interval lost UIs when the busy machine paused the browser.)
 */
@TestPropertySource(properties = {"vaadin.heartbeatInterval=3", "storyatlas.embed.session-timeout=10s"})
class CrossSiteIframeInBrowserTest extends BrowserTest {

    private final HostSite host = new HostSite();

    @AfterEach
    void stopHost() {
        host.close();
    }

    @Test
    void an_iframe_on_another_site_names_its_pins_opens_the_desertion_report_filters_by_actor_and_fits_its_height() {
        FrameLocator frame = openIframe("/embed?lang=en");

        assertThat(pins(frame)).hasCount(7);
        pin(frame, "Bryansk Oblast").click();
        assertThat(frame.locator("#place-panel h2")).hasText("Bryansk Oblast");
        assertThat(frame.locator("#place-panel")).containsText("fahnenflüchtig");
        page.waitForFunction("() => document.getElementById('atlas').style.height !== '640px'");

        frame.locator("#actor-filter input").click();
        frame.getByRole(AriaRole.OPTION, new FrameLocator.GetByRoleOptions().setName("Lloyd Austin (person)").setExact(true)).click();
        assertThat(pins(frame)).hasCount(1);
        assertThat(pins(frame).first()).hasAttribute("aria-label", "Kyiv – 1 item");
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void a_reader_who_idles_past_the_session_timeout_while_heartbeats_come_can_still_click() {
        FrameLocator frame = openIframe("/embed?lang=en");
        pin(frame, "Bryansk Oblast").click();
        assertThat(frame.locator("#place-panel h2")).hasText("Bryansk Oblast");

        // five answered heartbeats, one every three seconds: longer idle than the ten-second timeout
        for (int beat = 0; beat < 5; beat++) {
            Response heartbeat = page.waitForResponse(response -> response.url().contains("v-r=heartbeat"), () -> { });
            assertThat(heartbeat.status()).isEqualTo(200);
        }
        pin(frame, "Kyiv").click();

        assertThat(frame.locator("#place-panel h2")).hasText("Kyiv");
        assertThat(frame.locator(".v-system-error")).hasCount(0);
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void when_the_browser_drops_the_cookie_the_iframe_keeps_its_first_map_and_a_pin_opens_the_full_map_in_a_new_tab() {
        List<String> frameRequests = new CopyOnWriteArrayList<>();
        // Everything the iframe asks of the app reaches it, but the browser never sees a Set-Cookie header.
        context.route("http://localhost:" + port + "/**", route -> {
            Request request = route.request();
            // the iframe's own page load has no frame yet; the new tab's requests are top-level
            boolean inFrame = request.isNavigationRequest() ? request.url().startsWith(url("/embed"))
                    : request.frame().parentFrame() != null;
            if (!inFrame) {
                route.resume();
                return;
            }
            frameRequests.add(route.request().url());
            DroppedCookies.fulfillWithoutCookies(route);
        });
        String address = host.crossSitePage("/iframe.html", EmbedFrames.markup(url("/embed?actor=nv-ua&lang=en"), 900, null));
        navigate(address);
        FrameLocator frame = page.frameLocator("#atlas");

        assertThat(frame.locator(".sa-cookie-note")).containsText("new tab");
        assertThat(frame.locator(".sa-first-map .sa-pin")).hasCount(1);
        Page fullMap = context.waitForPage(() -> frame.getByRole(AriaRole.BUTTON,
                new FrameLocator.GetByRoleOptions().setName("Bryansk Oblast – ")).click());

        fullMap.waitForURL(url("/?actor=nv-ua&lang=en&place=bryansk"));
        Readers.beginToUse(fullMap);
        fullMap.locator(".sa-map-region .leaflet-marker-pane .sa-pin").first().waitFor();
        assertThat(fullMap.locator("#place-panel h2")).hasText("Bryansk Oblast");
        assertThat(frame.locator(".sa-first-map .sa-pin")).hasCount(1);
        assertThat(frame.locator(".v-system-error")).hasCount(0);
        assertThat(frameRequests).as("the iframe's requests: one page load, and Vaadin's client never started")
                .filteredOn(request -> request.contains("/embed?") || request.contains("v-r=")).hasSize(1);
        assertThat(pageErrors).isEmpty();
    }

    private FrameLocator openIframe(String pathAndQuery) {
        return EmbedFrames.open(page, host.crossSitePage("/iframe.html", EmbedFrames.markup(url(pathAndQuery), 900, url("/embed.js"))));
    }

    /** The view's pins, not the first map's. */
    private static Locator pins(FrameLocator frame) {
        return frame.locator(".sa-map-region .leaflet-marker-pane .sa-pin");
    }
}
