package dev.storyatlas.embed;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Response;
import dev.storyatlas.BrowserTest;
import dev.storyatlas.Readers;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The {@code <story-atlas-map>} element on a news page of another site ({@code 127.0.0.1} using the
 * app on {@code localhost}), whose origin the operator listed in
 * {@code storyatlas.embed.allowed-origins}, in Playwright's default context. (An idle reader's
 * heartbeats are tested with the iframe, {@link CrossSiteIframeInBrowserTest}; here a later action
 * follows the first ones.)
 */
@Import(ReaderSessions.class)
class CrossSiteElementInBrowserTest extends BrowserTest {

    private static final HostSite HOST = new HostSite();

    @DynamicPropertySource
    static void allowTheNewsSite(DynamicPropertyRegistry registry) {
        registry.add("storyatlas.embed.allowed-origins", HOST::crossSiteOrigin);
    }

    @AfterAll
    static void stopHost() {
        HOST.close();
    }

    @Autowired
    private ReaderSessions sessions;

    @Test
    void the_element_on_another_site_names_its_pins_opens_the_desertion_report_filters_and_answers_a_later_click() {
        openElement("lang=\"en\"");

        assertThat(pins()).hasCount(7);
        pin("Bryansk Oblast").click();
        assertThat(page.locator("#place-panel h2")).hasText("Bryansk Oblast");
        assertThat(page.locator("#place-panel")).containsText("fahnenflüchtig");
        page.locator("#actor-filter input").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Lloyd Austin (person)").setExact(true)).click();
        assertThat(pins()).hasCount(1);
        page.keyboard().press("Escape"); // closes the filter's list, which would cover the map

        pin("Kyiv").click();
        assertThat(page.locator("#place-panel h2")).hasText("Kyiv");
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void the_element_shows_its_initial_place_tells_the_page_of_changes_and_follows_its_attributes() {
        openElement("place=\"bryansk\" actor=\"nv-ua,lloyd-austin\" lang=\"en\"");

        assertThat(pins()).hasCount(2);
        assertThat(page.locator("#place-panel h2")).hasText("Bryansk Oblast");
        page.locator(".sa-places__button[data-place='kyiv']").click();

        assertThat(page.locator("#place-panel h2")).hasText("Kyiv");
        // the change this choice fires, not one the element may have fired before it
        page.waitForFunction("() => window.changes.at(-1)?.place === 'kyiv'");
        Object detail = page.evaluate("() => window.changes.at(-1)");
        assertThat(detail.toString()).contains("story=taz-2024-10-nordkorea-soldaten", "place=kyiv", "actor=[lloyd-austin, nv-ua]", "lang=en");

        assertThat(page.locator("#atlas")).hasAttribute("place", "kyiv");
        page.evaluate("() => document.getElementById('atlas').setAttribute('place', 'bryansk')");
        assertThat(page.locator("#place-panel h2")).hasText("Bryansk Oblast");
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void when_the_server_has_lost_the_session_the_element_comes_back_with_its_filter_and_opens_the_place_chosen_in_the_list() {
        openElement("place=\"bryansk\" actor=\"nv-ua,lloyd-austin\" lang=\"en\"");
        assertThat(page.locator("#place-panel h2")).hasText("Bryansk Oblast");

        sessions.forgetEveryReader();
        page.waitForResponse(response -> response.url().contains("v-r=webcomponent-resync"),
                () -> page.locator(".sa-places__button[data-place='kyiv']").click());

        // the re-created element opens the place whose choice found the session gone, with the filter of its attributes
        assertThat(page.locator("#place-panel h2")).hasText("Kyiv");
        assertThat(pins()).hasCount(2);
        assertThat(page.locator("#atlas")).hasAttribute("place", "kyiv");
        assertThat(page.locator("#atlas")).hasAttribute("actor", "nv-ua,lloyd-austin");
        page.locator(".sa-places__button[data-place='bryansk']").click();
        assertThat(page.locator("#place-panel h2")).hasText("Bryansk Oblast");
        assertThat(page.locator(".v-system-error")).hasCount(0);
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void a_reader_who_filtered_and_whose_session_the_server_lost_reaches_kyiv_with_the_filter_by_a_pin_without_a_dialog() {
        openElement("lang=\"en\"");
        pin("Bryansk Oblast").click();
        assertThat(page.locator("#place-panel h2")).hasText("Bryansk Oblast");
        page.locator("#actor-filter input").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Lloyd Austin (person)").setExact(true)).click();
        assertThat(pins()).hasCount(1);
        page.keyboard().press("Escape"); // closes the filter's list, which would cover the map
        assertThat(page.locator("#atlas")).hasAttribute("actor", "lloyd-austin");

        sessions.forgetEveryReader();
        page.waitForResponse(response -> response.url().contains("v-r=webcomponent-resync"), () -> pin("Kyiv").click());

        assertThat(page.locator("#place-panel h2")).hasText("Kyiv");
        assertThat(pins()).hasCount(1);
        assertThat(page.locator("#atlas")).hasAttribute("actor", "lloyd-austin");
        assertThat(page.locator(".v-system-error")).hasCount(0);
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void a_pin_chosen_by_keyboard_after_the_server_lost_the_session_opens_in_the_re_created_element() {
        openElement("lang=\"en\"");

        sessions.forgetEveryReader();
        page.waitForResponse(response -> response.url().contains("v-r=webcomponent-resync"), () -> {
            pin("Kyiv").focus();
            page.keyboard().press("Enter");
        });

        assertThat(page.locator("#place-panel h2")).hasText("Kyiv");
        assertThat(page.locator("#atlas")).hasAttribute("place", "kyiv");
        assertThat(page.locator(".v-system-error")).hasCount(0);
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void on_a_phone_the_elements_buttons_open_its_timeline_by_keyboard_and_its_filter_by_a_tap_inside_its_shadow_root() {
        page.setViewportSize(375, 667);
        openElement("lang=\"en\"");
        Locator timeButton = page.locator("#atlas").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Time").setExact(true));
        Locator filterButton = page.locator("#atlas").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Filter").setExact(true));
        assertThat(page.locator("#atlas #timeline")).isHidden();
        assertThat(page.locator("#atlas #actor-filter")).isHidden();

        timeButton.focus();
        page.keyboard().press("Enter");
        assertThat(timeButton).hasAttribute("aria-expanded", "true");
        assertThat(page.locator("#atlas #timeline .sa-timeline__day[data-date='all']")).isFocused();

        filterButton.click();
        assertThat(filterButton).hasAttribute("aria-expanded", "true");
        assertThat(page.locator("#atlas #actor-filter")).isVisible();
        page.locator("#atlas #timeline .sa-timeline__day[data-date='2024-10-21']").click();
        assertThat(page.locator("#atlas")).hasAttribute("from", "2024-10-21");
        assertThat(timeButton).hasAccessibleDescription("Only Oct 21, 2024");
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void an_iframe_and_an_element_on_one_page_of_another_site_both_work() {
        String address = HOST.crossSitePage("/both.html", "<iframe id=\"frame\" src=\"" + url("/embed?lang=en") + "\" title=\"Map\""
                + " style=\"width:600px;height:640px;border:0\"></iframe>"
                + "<script src=\"" + url("/embed.js") + "\" async></script>");
        navigate(address);
        Readers.beginToUse(page.frameLocator("#frame"));
        assertThat(page.frameLocator("#frame").locator(".sa-map-region .leaflet-marker-pane .sa-pin")).hasCount(7);
        // The element joins once the frame has its session: both share the server's session cookie (README, Embedding).
        page.evaluate("address => { const script = document.createElement('script'); script.type = 'module'; script.src = address;"
                + " document.body.append(script); const map = document.createElement('story-atlas-map'); map.id = 'element';"
                + " map.setAttribute('place', 'seoul'); map.setAttribute('lang', 'de'); document.body.append(map); }",
                url("/web-component/story-atlas-map.js"));

        assertThat(page.locator("#element .leaflet-marker-pane .sa-pin")).hasCount(7);
        assertThat(page.locator("#element #place-panel h2")).hasText("Seoul");
        page.frameLocator("#frame").locator(".sa-places__button[data-place='kyiv']").click();
        assertThat(page.frameLocator("#frame").locator("#place-panel h2")).hasText("Kyiv");
        page.locator("#element .sa-places__button[data-place='bryansk']").click();
        assertThat(page.locator("#element #place-panel h2")).hasText("Gebiet Brjansk");
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void when_the_browser_drops_the_cookie_the_element_shows_no_dialog_and_does_not_loop() {
        List<String> resyncs = new CopyOnWriteArrayList<>();
        page.onRequest(request -> {
            if (request.url().contains("v-r=webcomponent-resync")) {
                resyncs.add(request.url());
            }
        });
        context.route("http://localhost:" + port + "/**", DroppedCookies::fulfillWithoutCookies);
        String address = HOST.crossSitePage("/component.html",
                "<script type=\"module\" src=\"" + url("/web-component/story-atlas-map.js") + "\"></script>"
                + "<story-atlas-map id=\"atlas\" place=\"bryansk\" lang=\"en\"></story-atlas-map>");

        // Vaadin answers the element's first request without cookie with "cookies disabled", tries once to
        // renew the session and is refused, as the renewal comes without a cookie too
        Response refused = page.waitForResponse(response -> response.url().contains("v-r=webcomponent-resync"), () -> navigate(address));
        assertThat(refused.status()).isEqualTo(403);
        page.waitForResponse(response -> response.url().contains("v-r=uidl"),
                () -> page.evaluate("() => document.getElementById('atlas').setAttribute('place', 'kyiv')"));

        assertThat(resyncs).hasSize(1);
        assertThat(page.locator(".v-system-error")).hasCount(0);
        assertThat(page.locator("text=Cookies disabled")).hasCount(0);
        // expected here: the refusal, and Vaadin's client logging on the console the answers it got without a
        // session; nothing of it reaches the page, and no script error goes uncaught
        pageErrors.removeIf(error -> error.startsWith("console: ") || error.equals("http 403: " + refused.url()));
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void when_the_browser_drops_the_cookie_the_element_keeps_its_named_pins_and_a_pin_opens_the_full_map_in_a_new_tab() {
        String app = "http://localhost:" + port + "/**";
        context.route(app, DroppedCookies::fulfillWithoutCookies);
        String address = HOST.crossSitePage("/component.html",
                "<script type=\"module\" src=\"" + url("/web-component/story-atlas-map.js") + "\"></script>"
                + "<story-atlas-map id=\"atlas\" actor=\"nv-ua,lloyd-austin\" lang=\"en\"></story-atlas-map>");
        navigate(address);

        assertThat(pins()).hasCount(2);
        assertThat(pin("Bryansk Oblast")).isVisible();
        assertThat(pin("Kyiv")).isVisible();
        Locator note = page.locator("#atlas .sa-cookie-note");
        assertThat(note).isVisible();
        assertThat(note).hasText("Your browser blocks this map's cookie here, so a pin opens the full map in a new tab.");

        // the new tab shows our own site, first-party, where the browser keeps the cookie
        context.unroute(app);
        Page full = context.waitForPage(() -> pin("Bryansk Oblast").click());
        assertThat(full).hasURL(Pattern.compile("/stories/taz-2024-10-nordkorea-soldaten\\?(.*&)?place=bryansk(&|$)"));
        assertThat(full.url()).startsWith(url("/stories/"));
        assertThat(full).hasURL(Pattern.compile("[?&]actor=lloyd-austin%2Cnv-ua(&|$)"));
        assertThat(full.locator(".sa-first-panel h2")).hasText("Bryansk Oblast");
        Readers.beginToUse(full);
        assertThat(full.locator("#place-panel h2")).hasText("Bryansk Oblast");

        assertThat(page.locator(".v-system-error")).hasCount(0);
        assertThat(page.locator("text=Cookies disabled")).hasCount(0);
        // expected: Vaadin's client logging on the console the answers it got without a session, and the refused
        // renewal of the session (see the test above); nothing of it reaches the page
        pageErrors.removeIf(error -> error.startsWith("console: ") || error.startsWith("http 403: ") && error.contains("v-r=webcomponent-resync"));
    }

    /** Opens a news page of another site with the element, given its attributes, and waits for its pins. */
    private void openElement(String attributes) {
        String address = HOST.crossSitePage("/component.html",
                "<script type=\"module\" src=\"" + url("/web-component/story-atlas-map.js") + "\"></script>"
                + "<story-atlas-map id=\"atlas\" " + attributes + "></story-atlas-map>"
                + "<script>window.changes = []; document.getElementById('atlas')"
                + ".addEventListener('story-atlas-change', e => window.changes.push(e.detail));</script>");
        navigate(address);
        page.waitForSelector(".leaflet-marker-pane .sa-pin");
        waitForPinsToSettle();
    }

    private Locator pin(String name) {
        return page.locator(".leaflet-marker-pane").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name + " – "));
    }
}
