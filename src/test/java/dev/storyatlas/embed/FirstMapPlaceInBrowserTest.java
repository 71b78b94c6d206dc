package dev.storyatlas.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.WaitUntilState;
import dev.storyatlas.BrowserTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The first map stands where the view's map will, so that nothing jumps when the view takes over. */
class FirstMapPlaceInBrowserTest extends BrowserTest {

    private static final String BOX = "selector => { const r = document.querySelector(selector).getBoundingClientRect();"
            + " return [r.top, r.left, r.width, r.height]; }";

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @CsvSource({
        "/embed?lang=en, 320, 640", "/embed?lang=en, 375, 667", "/embed?lang=en, 700, 900", "/embed?lang=en, 1280, 800",
        "/embed?lang=en, 750, 900", "/embed?lang=en, 1000, 800", "/embed?lang=de, 1000, 800", "/embed?lang=de, 1100, 800",
        "/?lang=en, 320, 640", "/?lang=en, 375, 667",
    })
    void the_first_map_stands_where_the_views_map_will(String path, int width, int height) {
        page.setViewportSize(width, height);
        List<Route> held = new CopyOnWriteArrayList<>();
        page.route(address -> address.contains("v-r=init"), held::add);
        page.navigate(url(path), new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
        page.waitForSelector(".sa-first-map .leaflet-marker-pane .sa-pin");
        List<Double> first = box(".sa-first-map");
        page.unrouteAll();
        held.forEach(Route::abort);

        openMap(path);
        List<Double> view = box("sa-story-map");

        for (int i = 0; i < 4; i++) {
            assertThat(first.get(i)).as("top, left, width, height").isCloseTo(view.get(i), within(8.0));
        }
    }

    // at 320 px too: there the source line shares its row with the header's actions (the embed button), whose column
    // has a fixed width in both headers
    @ParameterizedTest(name = "/ at {0}x{1}")
    @CsvSource({"320, 640", "375, 667", "768, 900", "1280, 800"})
    void the_story_title_and_source_line_stand_above_the_first_map_where_the_views_header_shows_them(int width, int height) {
        page.setViewportSize(width, height);
        List<Route> held = new CopyOnWriteArrayList<>();
        page.route(address -> address.contains("v-r=init"), held::add);
        page.navigate(url("/?lang=en"), new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
        page.waitForSelector(".sa-first-map .leaflet-marker-pane .sa-pin");
        List<String> firstTexts = page.locator(".sa-first-header__title, .sa-first-header__source").allTextContents();
        List<Double> title = box(".sa-first-header__title");
        List<Double> source = box(".sa-first-header__source");
        page.unrouteAll();
        held.forEach(Route::abort);

        openMap("/?lang=en");

        assertThat(firstTexts).containsExactlyElementsOf(page.locator(".sa-header .sa-title, .sa-header .sa-source").allTextContents());
        List<Double> viewTitle = box(".sa-header .sa-title");
        List<Double> viewSource = box(".sa-header .sa-source");
        // top, left and height: where the text starts and how many lines it takes (a block's width shows nowhere)
        for (int i : new int[] {0, 1, 3}) {
            assertThat(title.get(i)).as("the title's top, left, height").isCloseTo(viewTitle.get(i), within(2.0));
            assertThat(source.get(i)).as("the source line's top, left, height").isCloseTo(viewSource.get(i), within(2.0));
        }
    }

    /**
     * The names of the countries holding the story's places are part of the first map's data: they paint with its pins
     * while the basemap's data is still held back, in the page's language, and the view's map writes them at the same
     * spots (the server places them once for both, map/Countries).
     */
    @ParameterizedTest(name = "{0} at {1}x{2}")
    // on a phone every name touches a pin or its label, so each is hidden at this zoom (pin-labels.ts), on both maps
    @CsvSource({
        "/embed?lang=de, 1000, 800, Nordkorea;Russland;Südkorea, Russland", "/embed?lang=en, 375, 667, North Korea;Russia;South Korea, ''",
        "/?lang=de, 375, 667, Nordkorea;Russland;Südkorea, ''",
    })
    void the_first_map_names_the_countries_of_the_story_with_its_pins_where_the_views_map_names_them(String path, int width, int height,
            String names, String visible) {
        page.setViewportSize(width, height);
        List<Route> heldData = new CopyOnWriteArrayList<>();
        page.route(address -> address.contains("countries-110m"), heldData::add);
        page.navigate(url(path), new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
        page.waitForSelector(".sa-first-map .leaflet-marker-pane .sa-pin");

        List<List<Object>> first = countryNames(".sa-first-map");
        assertThat(first).extracting(List::getFirst).as("names with the pins").contains((Object[]) names.split(";"));
        assertThat(first.stream().filter(name -> Boolean.TRUE.equals(name.get(3))).map(List::getFirst))
                .as("names not covered by a pin or its label").containsExactlyElementsOf(visible.isEmpty() ? List.of() : List.of(visible.split(";")));
        assertThat(page.locator(".sa-first-map .leaflet-sa-basemap-pane path").count()).as("shapes drawn meanwhile").isZero();
        page.unrouteAll();
        heldData.forEach(Route::resume);
        page.waitForSelector(".sa-first-map [data-basemap=drawn]");
        assertThat(countryNames(".sa-first-map")).as("the names once the basemap is drawn").isEqualTo(first);

        openMap(path);
        page.waitForSelector(".sa-map-region [data-basemap=drawn]");
        List<List<Object>> view = countryNames(".sa-map-region");

        assertThat(view).extracting(List::getFirst).containsExactlyElementsOf(first.stream().map(List::getFirst).toList());
        for (int i = 0; i < first.size(); i++) {
            for (int axis : new int[] {1, 2}) {
                assertThat(((Number) view.get(i).get(axis)).doubleValue()).as("%s's middle", first.get(i).getFirst())
                        .isCloseTo(((Number) first.get(i).get(axis)).doubleValue(), within(8.0));
            }
        }
    }

    /** Each country name's text, the middle of its box in the page and whether it is visible, in the map under the selector. */
    @SuppressWarnings("unchecked")
    private List<List<Object>> countryNames(String map) {
        return (List<List<Object>>) page.evaluate("""
                map => [...document.querySelectorAll(map + ' .sa-country__name')].map((name) => {
                  const r = name.getBoundingClientRect();
                  return [name.textContent, r.x + r.width / 2, r.y + r.height / 2, name.checkVisibility({ visibilityProperty: true })];
                })""", map);
    }

    @SuppressWarnings("unchecked")
    private List<Double> box(String selector) {
        return ((List<Number>) page.evaluate(BOX, selector)).stream().map(Number::doubleValue).toList();
    }
}
