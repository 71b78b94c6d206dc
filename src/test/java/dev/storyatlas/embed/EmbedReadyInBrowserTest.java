package dev.storyatlas.embed;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Route;
import dev.storyatlas.BrowserTest;
import dev.storyatlas.Readers;
import dev.storyatlas.map.MapState;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A news page of another site learns when its embed is complete (docs/embedding.md, "When the embed is complete"):
 * the iframe and the {@code <story-atlas-map>} element get {@code data-story-atlas-state="ready"} and raise
 * {@code story-atlas-ready} once, and only once their map's pins and basemap are drawn. The tests hold the basemap's
 * data until they have seen the pins without the signal.
 */
class EmbedReadyInBrowserTest extends BrowserTest {

    private static final HostSite HOST = new HostSite();
    private static final String STATE = "data-story-atlas-state";
    /** The basemap's data, coarse or detailed, whichever the map's zoom asks for. */
    private static final Pattern BASEMAP_DATA = Pattern.compile("countries-(110|50)m");
    /** Counts the signal's events on the page and the ready messages that reach it, from the page's start. */
    private static final String LISTENER = "<script>window.readyEvents = []; window.readyMessages = 0;"
            + " document.addEventListener('story-atlas-ready', (event) => window.readyEvents.push(event.target.tagName));"
            + " window.addEventListener('message', (event) => { if (event.data && event.data.type === 'story-atlas:ready') window.readyMessages++; });"
            + "</script>";

    private final List<Route> heldData = new CopyOnWriteArrayList<>();

    @DynamicPropertySource
    static void allowTheNewsSite(DynamicPropertyRegistry registry) {
        registry.add("storyatlas.embed.allowed-origins", HOST::crossSiteOrigin);
    }

    @AfterAll
    static void stopHost() {
        HOST.close();
    }

    @Test
    void the_iframe_is_marked_ready_once_its_pins_and_basemap_are_drawn_and_not_again_when_the_view_takes_over() {
        holdTheBasemap();
        navigate(HOST.crossSitePage("/iframe-ready.html", LISTENER + code().iframe()));
        FrameLocator frame = page.frameLocator("iframe");

        assertThat(frame.locator(".sa-first-map .leaflet-marker-pane .sa-pin")).hasCount(7);
        page.waitForCondition(() -> !heldData.isEmpty());
        assertThat(page.locator("iframe")).not().hasAttribute(STATE, "ready");
        assertThat(page.evaluate("() => window.readyEvents.length")).isEqualTo(0);

        heldData.forEach(Route::resume);
        assertThat(page.locator("iframe")).hasAttribute(STATE, "ready");
        assertThat(frame.locator(".sa-first-map .leaflet-container")).hasAttribute("data-basemap", "drawn");
        assertThat(page.evaluate("() => window.readyEvents")).isEqualTo(List.of("IFRAME"));

        // the reader's first interaction brings the view, whose map is complete too: the page has had its signal
        Readers.beginToUse(frame);
        assertThat(frame.locator(".sa-map-region .leaflet-marker-pane .sa-pin")).hasCount(7);
        assertThat(frame.locator(".sa-map-region .leaflet-container")).hasAttribute("data-basemap", "drawn");
        // asked again (as a late embed.js asks), the frame answers, and the page still has one event
        page.evaluate("() => document.querySelector('iframe').contentWindow.postMessage({ type: 'story-atlas:ask' }, '*')");
        page.waitForFunction("() => window.readyMessages === 2");
        assertThat(page.evaluate("() => window.readyEvents")).isEqualTo(List.of("IFRAME"));
    }

    @Test
    void an_iframe_whose_view_comes_at_once_is_marked_ready_at_the_height_its_content_reported() {
        // a place the first map cannot answer: the view comes without waiting for the reader
        String code = code().iframe().replace("/embed/taz-2024-10-nordkorea-soldaten?", "/embed/taz-2024-10-nordkorea-soldaten?place=atlantis&");
        assertThat(code).contains("place=atlantis&");
        navigate(HOST.crossSitePage("/iframe-view-ready.html", LISTENER + code));

        assertThat(page.locator("iframe")).hasAttribute(STATE, "ready");
        FrameLocator frame = page.frameLocator("iframe");
        assertThat(frame.locator(".sa-map-region .leaflet-marker-pane .sa-pin")).hasCount(7);
        assertThat(frame.locator(".sa-map-region .leaflet-container")).hasAttribute("data-basemap", "drawn");
        // embed.js had the content's height before the signal
        assertThat(page.locator("iframe")).hasAttribute("data-story-atlas-reserved", Pattern.compile("\\d+"));
        assertThat(page.evaluate("() => window.readyEvents")).isEqualTo(List.of("IFRAME"));
    }

    @Test
    void an_embed_js_that_loads_after_the_frame_was_complete_still_marks_it_ready() {
        String iframeOnly = code().iframe().replaceAll("(?s)<script.*</script>", "");
        assertThat(iframeOnly).doesNotContain("embed.js");
        navigate(HOST.crossSitePage("/late-script.html", LISTENER + iframeOnly));
        FrameLocator frame = page.frameLocator("iframe");
        assertThat(frame.locator(".sa-first-map .leaflet-container")).hasAttribute("data-basemap", "drawn");
        page.waitForFunction("() => window.readyMessages === 1");
        assertThat(page.locator("iframe")).not().hasAttribute(STATE, "ready");

        page.evaluate("address => { const script = document.createElement('script'); script.src = address; document.body.append(script); }",
                url("/embed.js"));

        assertThat(page.locator("iframe")).hasAttribute(STATE, "ready");
        assertThat(page.evaluate("() => window.readyEvents")).isEqualTo(List.of("IFRAME"));
    }

    @Test
    void the_element_is_marked_ready_once_its_pins_and_basemap_are_drawn_and_its_styles_apply() {
        holdTheBasemap();
        navigate(HOST.crossSitePage("/element-ready.html", LISTENER + code().webComponent()));

        assertThat(page.locator("story-atlas-map .sa-map-region .leaflet-marker-pane .sa-pin")).hasCount(7);
        page.waitForCondition(() -> !heldData.isEmpty());
        assertThat(page.locator("story-atlas-map")).not().hasAttribute(STATE, "ready");
        assertThat(page.evaluate("() => window.readyEvents.length")).isEqualTo(0);

        heldData.forEach(Route::resume);
        assertThat(page.locator("story-atlas-map")).hasAttribute(STATE, "ready");
        assertThat(page.locator("story-atlas-map .sa-map-region .leaflet-container")).hasAttribute("data-basemap", "drawn");
        assertThat(page.evaluate("() => getComputedStyle(document.querySelector('story-atlas-map').shadowRoot"
                + ".querySelector('sa-embedded-map')).visibility")).isEqualTo("visible");
        assertThat(page.evaluate("() => window.readyEvents")).isEqualTo(List.of("STORY-ATLAS-MAP"));
    }

    @Test
    void the_element_in_a_browser_that_drops_the_cookie_is_marked_ready_once_its_pins_and_basemap_are_drawn() {
        context.route("http://localhost:" + port + "/**", DroppedCookies::fulfillWithoutCookies);
        navigate(HOST.crossSitePage("/element-without-cookie.html", LISTENER + code().webComponent()));

        assertThat(page.locator("story-atlas-map")).hasAttribute(STATE, "ready");
        assertThat(page.locator("story-atlas-map .sa-element-without-cookie .leaflet-marker-pane .sa-pin")).hasCount(7);
        assertThat(page.locator("story-atlas-map .sa-element-without-cookie .leaflet-container")).hasAttribute("data-basemap", "drawn");
        assertThat(page.evaluate("() => window.readyEvents")).isEqualTo(List.of("STORY-ATLAS-MAP"));
        // expected: Vaadin's client logging the answers it got without a session, and its refused renewal of the session
        // (CrossSiteElementInBrowserTest)
        pageErrors.removeIf(error -> error.startsWith("console: ") || error.startsWith("http 403: ") && error.contains("v-r=webcomponent-resync"));
    }

    private EmbedCode code() {
        return EmbedCode.of(url(""), "taz-2024-10-nordkorea-soldaten", MapState.EMPTY, "en", "Map");
    }

    private void holdTheBasemap() {
        context.route(address -> BASEMAP_DATA.matcher(address).find(), heldData::add);
    }
}
