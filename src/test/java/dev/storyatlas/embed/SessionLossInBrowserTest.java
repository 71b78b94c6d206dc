package dev.storyatlas.embed;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Request;
import dev.storyatlas.BrowserTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * A reader whose server no longer has their session (restarted, or another server of a cluster took
 * over) gets the page again at its URL, which carries the place and the filter, without any dialog,
 * and the place they chose then opens in the new view: the full page, and the iframe on a page of
 * another site. (The web component:
 * {@link CrossSiteElementInBrowserTest}.) Vaadin's heartbeat keeps its default interval here, so the
 * reader's click is what first finds the session gone.
 */
@Import(ReaderSessions.class)
class SessionLossInBrowserTest extends BrowserTest {

    private static final String VIEW = "/?place=bryansk&actor=lloyd-austin%2Cnv-ua&lang=en";

    private static final String FILTERED_EMBED = "/embed?place=bryansk&actor=lloyd-austin%2Cnv-ua&lang=en";

    @Autowired
    private ReaderSessions sessions;

    private final HostSite host = new HostSite();

    @AfterEach
    void stopHost() {
        host.close();
    }

    @Test
    void when_the_server_has_lost_the_readers_session_the_next_click_reloads_the_page_at_its_url_and_is_carried_out_without_a_dialog() {
        openMap(VIEW);
        page.locator(".sa-places__button[data-place='kyiv']").click();
        assertThat(page.locator("#place-panel h2")).hasText("Kyiv");
        assertThat(page.evaluate("() => history.state?.saPendingPlace ?? null")).as("a choice the server answered is not kept").isNull();
        page.locator(".sa-places__button[data-place='bryansk']").click();
        assertThat(page.locator("#place-panel h2")).hasText("Bryansk Oblast");
        assertThat(page).hasURL(Pattern.compile("[?&]place=bryansk(&|$)"));
        String atBryansk = page.url();

        sessions.forgetEveryReader();
        Request reload = page.waitForRequest(request -> request.isNavigationRequest() && request.frame() == page.mainFrame(),
                () -> page.locator(".sa-places__button[data-place='kyiv']").click());

        assertThat(reload.url()).isEqualTo(atBryansk);
        page.waitForSelector(".sa-map-region .leaflet-marker-pane .sa-pin");
        // the click that found the session gone is passed on to the new view
        assertThat(page.locator("#place-panel h2")).hasText("Kyiv");
        assertThat(pins()).hasCount(2);
        assertThat(page.locator(".v-system-error")).hasCount(0);
        assertThat(page).hasURL(Pattern.compile("[?&]place=kyiv(&|$)"));
        assertThat(page).hasURL(Pattern.compile("[?&]actor=lloyd-austin%2Cnv-ua(&|$)"));
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void when_the_server_has_lost_the_session_an_iframe_on_another_site_reloads_at_its_url_and_carries_out_the_click() {
        FrameLocator frame = EmbedFrames.open(page, host.crossSitePage("/iframe.html", EmbedFrames.markup(url(FILTERED_EMBED), 900, null)));
        assertThat(frame.locator("#place-panel h2")).hasText("Bryansk Oblast");

        sessions.forgetEveryReader();
        Request reload = page.waitForRequest(request -> request.isNavigationRequest() && request.frame().parentFrame() != null,
                () -> frame.locator(".sa-places__button[data-place='kyiv']").click());

        assertThat(reload.url()).isEqualTo(url(FILTERED_EMBED));
        frame.locator(".sa-map-region .leaflet-marker-pane .sa-pin").first().waitFor();
        assertThat(frame.locator("#place-panel h2")).hasText("Kyiv");
        assertThat(frame.locator(".sa-map-region .leaflet-marker-pane .sa-pin")).hasCount(2);
        page.waitForCondition(() -> page.frames().stream().anyMatch(f -> f.url().contains("place=kyiv") && f.url().contains("actor=")));
        frame.locator(".sa-places__button[data-place='bryansk']").click();
        assertThat(frame.locator("#place-panel h2")).hasText("Bryansk Oblast");
        assertThat(frame.locator(".v-system-error")).hasCount(0);
        assertThat(pageErrors).isEmpty();
    }
}
