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
 * over) gets the page again at its URL, which carries the place and the filter, without any dialog:
 * the full page, and the iframe on a page of another site. (The web component:
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
    void when_the_server_has_lost_the_readers_session_the_next_click_reloads_the_page_at_its_url_without_a_dialog() {
        openMap(VIEW);
        assertThat(page.locator("#place-panel h2")).hasText("Bryansk Oblast");

        sessions.forgetEveryReader();
        Request reload = page.waitForRequest(request -> request.isNavigationRequest() && request.frame() == page.mainFrame(),
                () -> page.locator(".sa-places__button[data-place='kyiv']").click());

        assertThat(reload.url()).isEqualTo(url(VIEW));
        page.waitForSelector(".sa-map-region .leaflet-marker-pane .sa-pin");
        assertThat(page.locator("#place-panel h2")).hasText("Bryansk Oblast");
        assertThat(pins()).hasCount(2);
        assertThat(page.locator(".v-system-error")).hasCount(0);

        page.locator(".sa-places__button[data-place='kyiv']").click();
        assertThat(page.locator("#place-panel h2")).hasText("Kyiv");
        assertThat(page).hasURL(Pattern.compile("[?&]place=kyiv(&|$)"));
        assertThat(page).hasURL(Pattern.compile("[?&]actor=lloyd-austin%2Cnv-ua(&|$)"));
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void when_the_server_has_lost_the_session_an_iframe_on_another_site_reloads_at_its_url_without_a_dialog() {
        FrameLocator frame = EmbedFrames.open(page, host.crossSitePage("/iframe.html", EmbedFrames.markup(url(FILTERED_EMBED), 900, null)));
        assertThat(frame.locator("#place-panel h2")).hasText("Bryansk Oblast");

        sessions.forgetEveryReader();
        Request reload = page.waitForRequest(request -> request.isNavigationRequest() && request.frame().parentFrame() != null,
                () -> frame.locator(".sa-places__button[data-place='kyiv']").click());

        assertThat(reload.url()).isEqualTo(url(FILTERED_EMBED));
        frame.locator(".sa-map-region .leaflet-marker-pane .sa-pin").first().waitFor();
        assertThat(frame.locator("#place-panel h2")).hasText("Bryansk Oblast");
        assertThat(frame.locator(".sa-map-region .leaflet-marker-pane .sa-pin")).hasCount(2);
        frame.locator(".sa-places__button[data-place='kyiv']").click();
        assertThat(frame.locator("#place-panel h2")).hasText("Kyiv");
        assertThat(frame.locator(".v-system-error")).hasCount(0);
        assertThat(pageErrors).isEmpty();
    }
}
