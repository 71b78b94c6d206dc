package dev.storyatlas.embed;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.WaitUntilState;
import dev.storyatlas.BrowserTest;
import dev.storyatlas.Readers;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A reader who only looks gets the first map, complete with its basemap, and nothing of Vaadin: no client, no Lumo,
 * no session. Vaadin's client starts on the reader's first interaction with the page (frontend/index.ts).
 */
class FirstInteractionInBrowserTest extends BrowserTest {

    private static final String FIRST_PINS = ".sa-first-map .leaflet-marker-pane .sa-pin";
    private static final String VIEW_PINS = ".sa-map-region .leaflet-marker-pane .sa-pin";
    /** The first map's basemap, once every country is drawn (the map draws them a few at a time). */
    private static final String FIRST_BASEMAP = ".sa-first-map [data-basemap=drawn]";

    private final List<String> asked = new CopyOnWriteArrayList<>();

    @Test
    void a_reader_who_only_looks_gets_pins_and_basemap_but_neither_vaadins_client_nor_lumo_nor_a_session() {
        page.onRequest(request -> asked.add(request.url()));
        navigate(url("/embed?lang=en"));

        assertThat(page.locator(FIRST_PINS)).hasCount(7);
        assertThat(page.locator(FIRST_BASEMAP)).isAttached();
        assertThat(page.locator(".sa-first-map .sa-country__name")).containsText(new String[] {"Russia"});
        // the page has loaded and drawn everything it draws by itself, the basemap last: before this change Flow
        // was asked for as soon as the pins were painted, before the basemap
        page.waitForLoadState(LoadState.LOAD);

        assertThat(asked).as("what the page asked for").noneMatch(FirstInteractionInBrowserTest::vaadin);
        assertThat(context.cookies()).as("cookies").noneMatch(cookie -> cookie.name.equals("JSESSIONID"));
        assertThat(page.locator(".sa-map-region")).hasCount(0);
    }

    @Test
    void a_pointer_moving_over_the_map_brings_the_view_and_vaadin_is_asked_for_only_then() {
        page.onRequest(request -> asked.add(request.url()));
        navigate(url("/embed?lang=en"));
        assertThat(page.locator(FIRST_BASEMAP)).isAttached();
        int beforeMoving = asked.size();

        Readers.beginToUse(page);

        assertThat(page.locator(VIEW_PINS)).hasCount(7);
        assertThat(asked.subList(0, beforeMoving)).noneMatch(FirstInteractionInBrowserTest::vaadin);
        assertThat(asked).anyMatch(address -> address.contains("v-r=init"));
        assertThat(page.locator(".sa-first-map-page")).hasCount(0);
        assertThat(context.cookies()).anyMatch(cookie -> cookie.name.equals("JSESSIONID"));
    }

    @Test
    void a_key_press_brings_the_view() {
        navigate(url("/embed?lang=en"));
        assertThat(page.locator(FIRST_PINS)).hasCount(7);

        page.keyboard().press("Shift");

        assertThat(page.locator(VIEW_PINS)).hasCount(7);
    }

    @Test
    void a_pin_tapped_on_a_touch_screen_brings_the_view_with_its_place() {
        try (BrowserContext phone = context.browser().newContext(new Browser.NewContextOptions()
                .setLocale("en-US").setViewportSize(412, 823).setHasTouch(true).setIsMobile(true))) {
            Page reader = phone.newPage();
            reader.onPageError(error -> pageErrors.add("page: " + error));
            reader.navigate(url("/embed?lang=en"), new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
            assertThat(reader.locator(FIRST_PINS)).hasCount(7);

            firstPin(reader, "Bryansk Oblast").tap();

            assertThat(reader.locator(".sa-first-panel h2")).hasText("Bryansk Oblast");
            assertThat(reader.locator("#place-panel h2")).hasText("Bryansk Oblast");
            assertThat(reader.locator(VIEW_PINS)).hasCount(7);
            assertThat(reader.locator(".sa-first-map-page")).hasCount(0);
        }
    }

    @Test
    void a_keyboard_reader_tabbing_to_a_pin_gets_the_view_with_focus_kept_on_that_pins_place() {
        List<Route> held = openHoldingTheView();

        // Tab until a pin has the focus; tabbing into the map already asks for the view, held until the pin has it
        for (int press = 0; press < 20 && !focusOnAFirstPin(); press++) {
            page.keyboard().press("Tab");
        }
        assertThat(focusOnAFirstPin()).as("a first pin has the focus").isTrue();
        String place = (String) page.evaluate("() => document.activeElement.dataset.place");
        letTheViewArrive(held);
        assertThat(page.locator(".sa-map-region .leaflet-marker-pane [data-place=\"" + place + "\"]")).isFocused();
    }

    @Test
    void a_keyboard_reader_whose_focus_is_on_the_first_map_itself_finds_it_on_the_views_map() {
        List<Route> held = openHoldingTheView();

        page.keyboard().press("Tab");
        assertThat(page.locator(".sa-first-map .leaflet-container")).isFocused();
        letTheViewArrive(held);
        assertThat(page.locator(".sa-map-region .leaflet-container")).isFocused();
    }

    @Test
    void a_place_the_url_asks_for_shows_its_answer_without_vaadin_and_the_view_opens_it_on_the_first_interaction() {
        page.onRequest(request -> asked.add(request.url()));
        navigate(url("/embed?place=bryansk&lang=en"));

        assertThat(page.locator(".sa-first-panel h2")).hasText("Bryansk Oblast");
        assertThat(firstPin(page, "Bryansk Oblast")).hasAttribute("aria-current", "true");
        assertThat(page.locator(FIRST_BASEMAP)).isAttached();
        page.waitForLoadState(LoadState.LOAD);
        assertThat(asked).noneMatch(FirstInteractionInBrowserTest::vaadin);

        Readers.beginToUse(page);

        assertThat(page.locator("#place-panel h2")).hasText("Bryansk Oblast");
        assertThat(page.locator(".sa-first-map-page")).hasCount(0);
        assertThat(page.url()).endsWith("/embed?place=bryansk&lang=en");
    }

    @Test
    void a_page_without_a_first_map_starts_vaadin_at_once() {
        navigate(url("/stories"));

        assertThat(page.locator(".sa-stories__list a").first()).isVisible();
    }

    /** Opens /embed with Vaadin's first request held (so the view waits for the test), once its first pins are there. */
    private List<Route> openHoldingTheView() {
        List<Route> held = new CopyOnWriteArrayList<>();
        page.route(address -> address.contains("v-r=init"), held::add);
        navigate(url("/embed?lang=en"));
        assertThat(page.locator(FIRST_PINS)).hasCount(7);
        return held;
    }

    /** Once the page has asked for the view, lets it through and waits until the view has replaced the first map. */
    private void letTheViewArrive(List<Route> held) {
        page.waitForCondition(() -> !held.isEmpty());
        page.unrouteAll();
        held.forEach(Route::resume);
        assertThat(page.locator(VIEW_PINS)).hasCount(7);
        assertThat(page.locator(".sa-first-map-page")).hasCount(0);
    }

    /** Vaadin's client, its styles or its first request. */
    private static boolean vaadin(String address) {
        return address.contains("FlowClient") || address.contains("v-r=") || address.contains("lumo.css");
    }

    private boolean focusOnAFirstPin() {
        return (Boolean) page.evaluate("() => document.activeElement?.closest('.sa-first-map .sa-pin') != null");
    }

    private static Locator firstPin(Page page, String name) {
        return page.locator(".sa-first-map .leaflet-marker-pane").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName(name + " – "));
    }
}
