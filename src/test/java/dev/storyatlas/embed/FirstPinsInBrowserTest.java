package dev.storyatlas.embed;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import dev.storyatlas.BrowserTest;
import dev.storyatlas.Readers;
import dev.storyatlas.map.FirstPins;
import dev.storyatlas.platform.HeldBackLumo;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The embed's first map: the pins the bootstrap page carries, drawn before the view arrives. The tests
 * hold back the page's first request to the server, so the view cannot arrive until they let it.
 */
@TestPropertySource(properties = "storyatlas.stories-dir=target/test-classes/stories-dir")
class FirstPinsInBrowserTest extends BrowserTest {

    private static final String FIRST_PINS = ".sa-first-map .leaflet-marker-pane .sa-pin";
    private static final String VIEW_PINS = ".sa-map-region .leaflet-marker-pane .sa-pin";

    /** The summary of Bryansk's first incident in the built-in story, as its panel shows it. */
    private static final String DESERTION = "Achtzehn nordkoreanische Soldaten seien im russischen Gebiet Brjansk fahnenflüchtig "
            + "geworden und von den Russen festgenommen worden.";

    private final List<Route> heldBack = new CopyOnWriteArrayList<>();

    @Test
    void the_pins_are_drawn_before_the_view_arrives_and_named_as_on_its_map() {
        holdBackTheView();
        navigate(url("/embed?lang=en"));

        assertThat(page.locator(FIRST_PINS)).hasCount(7);
        assertThat(page.locator(".sa-map-region")).hasCount(0);
        assertThat(firstPin("Kyiv")).isVisible();
        assertThat(page.locator(".sa-first-map")).hasAttribute("aria-label", "Map of the places in the story");
        List<String> firstLabels = labels(FIRST_PINS);
        assertThat(firstLabels).contains("Kyiv – 1 item");

        letTheViewArrive();

        assertThat(page.locator(VIEW_PINS)).hasCount(7);
        assertThat(page.locator(".sa-first-map-page")).hasCount(0);
        assertThat(labels(VIEW_PINS)).containsExactlyInAnyOrderElementsOf(firstLabels);
    }

    @Test
    void the_first_map_is_drawn_in_steps_and_shows_only_once_its_labels_are_placed() {
        // the first map as the page's script leaves it after each of its steps that change the page
        page.addInitScript("""
                window.firstMapSteps = [];
                new MutationObserver(() => {
                  const map = document.querySelector('.sa-first-map .sa-map__leaflet');
                  if (map) {
                    const labels = [...map.querySelectorAll('.sa-pin__label')];
                    window.firstMapSteps.push({ pins: labels.length, placed: labels.filter((label) => label.dataset.side).length,
                      shown: map.checkVisibility({ visibilityProperty: true }) });
                  }
                }).observe(document, { childList: true, subtree: true, attributes: true });
                """);
        holdBackTheView();
        navigate(url("/embed?lang=en"));

        assertThat(firstPin("Kyiv")).isVisible();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> steps = (List<Map<String, Object>>) page.evaluate("() => window.firstMapSteps");
        assertThat(steps).as("a step creates the pins, a later one places their labels")
                .anySatisfy(step -> assertThat(step).containsEntry("pins", 7).containsEntry("placed", 0));
        assertThat(steps).as("the map is not shown while a pin's label is not placed")
                .filteredOn(step -> !step.get("placed").equals(step.get("pins")) || step.get("pins").equals(0))
                .isNotEmpty()
                .allSatisfy(step -> assertThat(step).containsEntry("shown", false));
        assertThat(steps).anySatisfy(step -> assertThat(step).containsEntry("pins", 7).containsEntry("placed", 7).containsEntry("shown", true));
    }

    @Test
    void a_page_that_paints_no_frames_such_as_a_hidden_tab_still_asks_for_its_view() {
        // a background tab or a hidden frame runs no animation frames
        page.addInitScript("window.requestAnimationFrame = () => 0;");
        navigate(url("/embed?lang=en"));

        assertThat(page.locator(FIRST_PINS)).hasCount(7);
        Readers.beginToUse(page);
        assertThat(page.locator(VIEW_PINS)).hasCount(7);
    }

    @Test
    void a_first_map_that_fails_does_not_keep_the_view_from_arriving() {
        // the data block arrives unreadable: drawing the first map throws before it draws anything
        page.addInitScript("""
                new MutationObserver((changes, observer) => {
                  const data = document.getElementById('sa-first-pins');
                  if (data) { data.textContent = '{"pins": [unreadable'; observer.disconnect(); }
                }).observe(document, { childList: true, subtree: true });
                """);
        navigate(url("/embed?lang=en"));

        assertThat(page.locator(VIEW_PINS)).hasCount(7);
        assertThat(page.locator(".sa-first-map-page")).hasCount(0);
        assertThat(pageErrors).singleElement().asString().contains("JSON");
        pageErrors.clear();
    }

    @Test
    void the_first_map_does_not_wait_for_lumo_and_the_view_is_not_built_before_lumo_applies() {
        List<Route> lumo = new ArrayList<>();
        page.route(url -> url.contains("/lumo/lumo.css"), lumo::add);
        // what the page asks for and what it has, in the order the browser reports it
        List<String> events = new CopyOnWriteArrayList<>();
        Set<String> inFlight = ConcurrentHashMap.newKeySet();
        page.onRequest(request -> {
            events.add("asked " + request.url());
            inFlight.add(request.url());
        });
        page.onRequestFinished(request -> {
            events.add("had " + request.url());
            inFlight.remove(request.url());
        });
        page.onRequestFailed(request -> inFlight.remove(request.url()));
        page.addInitScript("""
                new MutationObserver((changes, observer) => {
                  if (document.querySelector('.sa-first-map .sa-pin')) { window.firstPinsAt = performance.now(); observer.disconnect(); }
                }).observe(document, { childList: true, subtree: true });
                """);
        holdBackTheView();
        navigate(url("/embed?lang=en"));

        assertThat(page.locator(FIRST_PINS)).hasCount(7);
        assertThat(firstPin("Kyiv")).isVisible();
        Object drawn = firstMapGeometry();
        Readers.beginToUse(page);
        // Lumo is held until everything else the page asked for has arrived: Flow has what it needs but Lumo
        page.waitForCondition(() -> !lumo.isEmpty() && inFlight.stream().allMatch(url -> url.contains("/lumo/lumo.css")));
        assertThat(lumoApplied()).isFalse();
        assertThat(page.locator(".sa-map-region")).hasCount(0);

        lumo.forEach(Route::resume);
        page.waitForCondition(() -> !heldBack.isEmpty());

        assertThat(lumoApplied()).isTrue();
        assertThat(firstMapGeometry()).as("the first map's box, pins and labels once Lumo applies").isEqualTo(drawn);
        assertThat(firstIndex(events, "asked ", "v-r=init")).as("Flow asks for the view only once Lumo has arrived")
                .isGreaterThan(firstIndex(events, "had ", "/lumo/lumo.css")).isPositive();
        letTheViewArrive();
        assertThat(page.locator(".sa-first-map-page")).hasCount(0);
        @SuppressWarnings("unchecked")
        List<Number> lumoFetchedAt = (List<Number>) page.evaluate("() => performance.getEntriesByType('resource')"
                + ".filter((r) => r.name.includes('/lumo/lumo.css')).map((r) => r.startTime)");
        double firstPinsAt = ((Number) page.evaluate("() => window.firstPinsAt")).doubleValue();
        assertThat(lumoFetchedAt).as("Lumo is fetched only once the first map is drawn").isNotEmpty()
                .allSatisfy(at -> assertThat(at.doubleValue()).isGreaterThan(firstPinsAt));
    }

    @Test
    void the_view_arrives_even_when_lumo_cannot_be_loaded() {
        page.route(url -> url.contains("/lumo/lumo.css"), Route::abort);
        navigate(url("/embed?lang=en"));
        Readers.beginToUse(page);

        assertThat(page.locator(VIEW_PINS)).hasCount(7);
        pageErrors.clear(); // the refused style sheet
    }

    @Test
    void the_view_arrives_without_lumo_when_lumo_takes_too_long() {
        List<Route> lumo = new ArrayList<>();
        page.route(url -> url.contains("/lumo/lumo.css"), lumo::add);
        navigate(url("/embed?lang=en"));
        Readers.beginToUse(page);

        // Flow waits 5 s for a held-back style sheet, then builds the view without it
        assertThat(page.locator(VIEW_PINS)).hasCount(7);
        assertThat(lumo).isNotEmpty();
        assertThat(lumoApplied()).isFalse();
        lumo.forEach(Route::abort);
        pageErrors.clear(); // the aborted style sheet
    }

    @Test
    void only_pages_with_first_pins_hold_lumo_back_and_our_style_sheet_never() throws Exception {
        Document embed = Jsoup.parse(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/embed?lang=en"))).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertThat(embed.select("link[href*=lumo/lumo.css]")).singleElement()
                .satisfies(link -> assertThat(link.attributes().asList()).extracting(Attribute::getKey, Attribute::getValue)
                        .contains(tuple("rel", "stylesheet"), tuple("disabled", ""), tuple(HeldBackLumo.HELD_STYLE_SHEET, "")));
        assertThat(embed.select("link[href*=story-atlas.css]")).singleElement()
                .satisfies(link -> assertThat(link.attr("rel")).isEqualTo("stylesheet"));

        for (String path : List.of("/stories", "/embed/no-such-story", "/stories/no-such-story")) {
            Document other = Jsoup.parse(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path))).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            assertThat(other.select("link[href*=lumo/lumo.css]")).as(path).singleElement()
                    .satisfies(link -> assertThat(link.attr("rel")).isEqualTo("stylesheet"));
            assertThat(other.select("[" + HeldBackLumo.HELD_STYLE_SHEET + "], link[disabled]")).as(path).isEmpty();
        }
    }

    @Test
    void a_pin_clicked_before_the_view_arrives_opens_its_place_once_it_does() {
        holdBackTheView();
        navigate(url("/embed?lang=en"));
        firstPin("Kyiv").click();
        assertThat(firstPin("Kyiv")).hasAttribute("aria-current", "true");

        letTheViewArrive();

        assertThat(page.locator("#place-panel h2")).hasText("Kyiv");
        page.waitForURL(url -> url.endsWith("/embed?place=kyiv&lang=en"));
    }

    @Test
    void a_pin_chosen_by_keyboard_before_the_view_arrives_opens_its_place() {
        holdBackTheView();
        navigate(url("/embed?lang=en"));
        firstPin("Kyiv").focus();
        page.keyboard().press("Enter");

        letTheViewArrive();

        assertThat(page.locator("#place-panel h2")).hasText("Kyiv");
        assertThat(page.locator(".sa-first-map-page")).hasCount(0);
    }

    @Test
    void a_pin_chosen_before_vaadins_client_arrives_shows_its_places_items_at_once_and_the_view_then_opens_the_same_place() {
        holdBackVaadinsClient();
        navigate(url("/embed?lang=en"));
        firstPin("Bryansk Oblast").click();

        Locator answer = page.locator(".sa-first-panel");
        assertThat(answer.getByRole(AriaRole.HEADING)).hasText("Bryansk Oblast");
        assertThat(answer.locator(".sa-item__summary").first()).hasText(DESERTION);
        assertThat(answer.locator(".sa-item__claim").first()).containsText("schreibt das Nachrichtenportal nv.ua");
        // no view yet: Vaadin's client and its first request are held whenever the browser asks for them
        assertThat(page.locator(".sa-map-region")).hasCount(0);

        letTheViewArrive();

        assertThat(page.locator("#place-panel h2")).hasText("Bryansk Oblast");
        assertThat(page.locator("#place-panel .sa-item__summary").first()).hasText(DESERTION);
        assertThat(page.locator(".sa-first-map-page")).hasCount(0);
        page.waitForURL(url -> url.endsWith("/embed?place=bryansk&lang=en"));
    }

    @Test
    void the_main_view_draws_the_first_pins_too_and_answers_a_pin_chosen_before_it_arrives() {
        holdBackVaadinsClient();
        navigate(url("/stories/taz-2024-10-nordkorea-soldaten?lang=en"));

        assertThat(page.locator(FIRST_PINS)).hasCount(7);
        assertThat(page.locator(".sa-first-map-page--main")).hasCount(1);
        firstPin("Bryansk Oblast").click();
        assertThat(page.locator(".sa-first-panel .sa-item__summary").first()).hasText(DESERTION);

        letTheViewArrive();

        assertThat(page.locator("#place-panel h2")).hasText("Bryansk Oblast");
        assertThat(page.locator(".sa-first-map-page")).hasCount(0);
        page.waitForURL(url -> url.endsWith("/stories/taz-2024-10-nordkorea-soldaten?place=bryansk&lang=en"));
    }

    @Test
    void the_answer_before_the_view_shows_markup_in_story_text_as_text() {
        holdBackVaadinsClient();
        navigate(url("/embed/html-in-texts?lang=en"));
        // its neighbour's pin covers it here: chosen by keyboard, the answer's heading takes the focus
        firstPin("<img src=x onerror=alert('pin')>").focus();
        page.keyboard().press("Enter");

        assertThat(page.locator(".sa-first-panel h2")).isFocused();
        assertThat(page.locator(".sa-first-panel .sa-item__summary"))
                .containsText(new String[] {"The council wrote <script>alert('summary')</script> into the minutes."});
        assertThat(page.locator(".sa-first-panel script, .sa-first-panel img")).hasCount(0);

        letTheViewArrive();
    }

    @Test
    void the_first_pins_follow_the_urls_filter_and_language_like_the_view() {
        holdBackTheView();
        navigate(url("/embed/taz-2024-10-nordkorea-soldaten?actor=china&lang=de"));

        assertThat(page.locator(FIRST_PINS)).hasCount(3);
        List<String> firstLabels = labels(FIRST_PINS);
        assertThat(firstLabels).anyMatch(label -> label.startsWith("Peking – "));

        letTheViewArrive();

        assertThat(page.locator(VIEW_PINS)).hasCount(3);
        assertThat(labels(VIEW_PINS)).containsExactlyInAnyOrderElementsOf(firstLabels);
    }

    @Test
    void markup_in_place_names_stays_text_on_the_first_map() {
        holdBackTheView();
        navigate(url("/embed/html-in-texts?lang=en"));

        assertThat(page.locator(FIRST_PINS)).hasCount(2);
        assertThat(page.locator(".sa-first-map .sa-pin__label"))
                .containsText(new String[] {"<img src=x onerror=alert('pin')>", "<svg onload=alert('quay')>"});
        assertThat(page.locator(".sa-first-map img, .sa-first-map .leaflet-marker-pane svg")).hasCount(0);
        assertThat(firstPin("<img src=x onerror=alert('pin')>")).isVisible();

        letTheViewArrive();
        assertThat(page.locator(VIEW_PINS)).hasCount(2);
    }

    @Test
    void the_bootstrap_page_carries_story_text_as_json_that_cannot_end_its_script_element() throws Exception {
        String data = dataBlock("/embed/html-in-texts?lang=en");

        assertThat(data).doesNotContain("<", ">", "&");
        assertThat(pinNames("/embed/html-in-texts?lang=en")).containsExactlyInAnyOrder("<img src=x onerror=alert('pin')>", "<svg onload=alert('quay')>");
    }

    @Test
    void the_data_block_follows_each_urls_filter_and_language_however_often_it_is_asked() throws Exception {
        for (int round = 0; round < 2; round++) {
            assertThat(pinNames("/embed?lang=de")).hasSize(7).contains("Peking");
            assertThat(pinNames("/embed/taz-2024-10-nordkorea-soldaten?actor=china&lang=de")).hasSize(3).contains("Peking");
            assertThat(pinNames("/embed?lang=en")).hasSize(7).contains("Beijing");
            assertThat(pinNames("/embed/bridge?lang=en")).doesNotContain("Beijing");
        }
    }

    @Test
    void without_a_lang_parameter_the_data_block_takes_the_browsers_languages_in_vaadins_order() throws Exception {
        // Vaadin gives the session (and so the view) a language the browser lists exactly, else one it lists by
        // language alone, else English; the first pins must agree (a browser context cannot send two languages here)
        assertThat(pinNames("/embed", "de-AT,en;q=0.8")).contains("Beijing");
        assertThat(pinNames("/embed", "fr,de;q=0.8")).contains("Peking");
        assertThat(pinNames("/embed", "de-CH")).contains("Peking");
        assertThat(pinNames("/embed", "fr")).contains("Beijing");
    }

    @Test
    void the_main_view_carries_first_pins_too_and_other_pages_none() throws Exception {
        assertThat(pinNames("/?lang=en")).hasSize(7).contains("Beijing");
        assertThat(pinNames("/stories/taz-2024-10-nordkorea-soldaten?actor=china&lang=de")).hasSize(3).contains("Peking");
        assertThat(pinNames("/stories/bridge?lang=en")).doesNotContain("Beijing");
        for (String path : List.of("/stories", "/embed/no-such-story", "/stories/no-such-story")) {
            String html = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path))).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(html).as(path).doesNotContain(FirstPins.ELEMENT_ID);
        }
    }

    /** The names of the pins in the data block of the bootstrap page at this path. */
    private List<String> pinNames(String pathAndQuery) throws Exception {
        return pinNames(pathAndQuery, "en");
    }

    /** The same, for a browser that sends these languages. */
    private List<String> pinNames(String pathAndQuery, String acceptLanguage) throws Exception {
        return JsonMapper.builder().build().readTree(dataBlock(pathAndQuery, acceptLanguage)).get("pins").valueStream()
                .map(pin -> pin.get("name").asString()).toList();
    }

    /** The text of the bootstrap page's data block, up to the end tag that closes it. */
    private String dataBlock(String pathAndQuery) throws Exception {
        return dataBlock(pathAndQuery, "en");
    }

    private String dataBlock(String pathAndQuery, String acceptLanguage) throws Exception {
        String html = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(pathAndQuery)))
                        .header("Accept-Language", acceptLanguage).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher open = Pattern.compile("<script type=\"application/json\" id=\"" + FirstPins.ELEMENT_ID + "\"[^>]*>").matcher(html);
        assertThat(open.find()).as("the data block in %s", html).isTrue();
        return html.substring(open.end(), html.indexOf("</script>", open.end()));
    }

    /** Where the first event with this prefix about this address stands in the list, or -1. */
    private static int firstIndex(List<String> events, String prefix, String address) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).startsWith(prefix) && events.get(i).contains(address)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Holds back Vaadin's client itself (Flow's script) and its first request, so nothing of Vaadin runs in the page
     * until {@link #letTheViewArrive()}.
     */
    private void holdBackVaadinsClient() {
        page.route(url -> url.contains("FlowClient") || url.contains("v-r=init"), heldBack::add);
    }

    /** Holds back Vaadin's first request (the init), so the view's map cannot arrive until {@link #letTheViewArrive()}. */
    private void holdBackTheView() {
        page.route(url -> url.contains("v-r=init"), heldBack::add);
    }

    /** The reader begins to use the map (unless they did), and Vaadin's held requests go through. */
    private void letTheViewArrive() {
        Readers.beginToUse(page);
        page.waitForCondition(() -> !heldBack.isEmpty());
        page.unrouteAll();
        heldBack.forEach(Route::resume);
        heldBack.clear();
        page.waitForSelector(VIEW_PINS);
    }

    private Locator firstPin(String name) {
        return page.locator(".sa-first-map .leaflet-marker-pane").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName(name + " – "));
    }

    /** Whether Lumo's style sheet applies to the page: its custom properties are set on the root. */
    private boolean lumoApplied() {
        return (Boolean) page.evaluate("() => getComputedStyle(document.documentElement).getPropertyValue('--lumo-space-m') !== ''");
    }

    /** Where the first map stands and where its pins and their labels are, and the labels' font, rounded to a pixel. */
    private Object firstMapGeometry() {
        return page.evaluate("""
                () => {
                  const box = (element) => { const r = element.getBoundingClientRect(); return [r.left, r.top, r.width, r.height].map(Math.round).join(' '); };
                  const map = document.querySelector('.sa-first-map');
                  return [box(map), ...[...map.querySelectorAll('.sa-pin__label')].map((label) =>
                      box(label) + ' ' + getComputedStyle(label).fontFamily + ' ' + getComputedStyle(label).visibility)];
                }
                """);
    }

    @SuppressWarnings("unchecked")
    private List<String> labels(String selector) {
        return (List<String>) page.evaluate("(selector) => [...document.querySelectorAll(selector)].map((pin) => pin.getAttribute('aria-label'))",
                selector);
    }
}
