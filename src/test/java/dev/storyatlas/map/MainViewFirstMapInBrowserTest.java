package dev.storyatlas.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.microsoft.playwright.Route;
import dev.storyatlas.BrowserTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The main view (where readers land from a shared link) takes over from the first map without a jump: its header,
 * its map and the map's pins stand where the first map's did, at every width, in both languages, whether the story's
 * title wraps or not, whether it has a timeline or not, whether its days fit on one row or not, and with a range of days
 * set (whose note on undated items the view shows). The second story is the
 * built-in one under a title that fits on one line; the test stories (src/test/resources/first-map-stories) have no dated
 * item, or more days than one row holds at any width.
 */
class MainViewFirstMapInBrowserTest extends BrowserTest {

    private static final String BUILT_IN = "taz-2024-10-nordkorea-soldaten";
    private static final String SHORT = "short-title";
    private static final List<String> TEST_STORIES = List.of("no-dates", "many-days");

    @DynamicPropertySource
    static void storiesDirectory(DynamicPropertyRegistry registry) throws IOException {
        Path directory = Files.createTempDirectory("stories");
        String story = resource(BUILT_IN + ".yaml")
                .replaceFirst("(?m)^id: .*$", "id: " + SHORT)
                .replaceFirst("(?m)^title: .*$", "title: Soldaten nach Russland");
        Files.writeString(directory.resolve(SHORT + ".yaml"), story);
        Files.writeString(directory.resolve(BUILT_IN + ".article.txt"), resource(BUILT_IN + ".article.txt"));
        for (String testStory : TEST_STORIES) {
            Files.writeString(directory.resolve(testStory + ".yaml"), resource("/first-map-stories/" + testStory + ".yaml"));
            Files.writeString(directory.resolve(testStory + ".txt"), resource("/first-map-stories/" + testStory + ".txt"));
        }
        registry.add("storyatlas.stories-dir", directory::toString);
    }

    /** A built-in story's file by its name, or a test resource by its path from the root. */
    private static String resource(String name) {
        try (InputStream in = MainViewFirstMapInBrowserTest.class.getResourceAsStream(name.startsWith("/") ? name : "/stories/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The boxes of the map, the title and the source line, and the middle of each pin, by name, on the map under `map`, in
     * the document: the reader (Readers) may have scrolled the first map into view meanwhile.
     */
    private static final String PLACES = """
            ([map, title, source]) => {
              const box = (element) => { const r = element.getBoundingClientRect(); return [r.top + scrollY, r.left + scrollX, r.width, r.height]; };
              const shown = { map: box(document.querySelector(map + ' .leaflet-container')),
                title: box(document.querySelector(title)), source: box(document.querySelector(source)) };
              for (const pin of document.querySelectorAll(map + ' .leaflet-marker-pane .sa-pin')) {
                const r = pin.querySelector('.sa-pin__dot').getBoundingClientRect();
                shown['pin ' + pin.dataset.place] = [r.top + scrollY, r.left + scrollX, r.width, r.height];
              }
              return shown;
            }""";

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @CsvSource({
        "/?lang=de, 320, 640", "/?lang=en, 320, 640",
        "/?lang=de, 736, 900", "/?lang=en, 736, 900", "/?lang=de, 751, 900", "/?lang=en, 751, 900", "/?lang=de, 752, 900", "/?lang=en, 752, 900",
        "/?lang=de, 760, 900", "/?lang=en, 760, 900", "/?lang=de, 761, 900", "/?lang=en, 761, 900",
        "/?lang=de, 900, 800", "/?lang=en, 900, 800", "/?lang=de, 1100, 800", "/?lang=en, 1100, 800",
        "/?lang=de, 1101, 800", "/?lang=en, 1101, 800", "/?lang=de, 1280, 800", "/?lang=en, 1280, 800",
        "/stories/short-title?lang=de, 320, 640", "/stories/short-title?lang=en, 375, 667",
        "/stories/short-title?lang=de, 736, 900", "/stories/short-title?lang=en, 751, 900",
        "/stories/short-title?lang=de, 760, 900", "/stories/short-title?lang=en, 900, 800",
        "/stories/short-title?lang=de, 1100, 800", "/stories/short-title?lang=en, 1101, 800",
        "/stories/short-title?lang=de, 1280, 800",
        "/stories/no-dates?lang=de, 320, 640", "/stories/no-dates?lang=en, 375, 667", "/stories/no-dates?lang=de, 751, 900",
        "/stories/no-dates?lang=en, 752, 900", "/stories/no-dates?lang=de, 760, 900", "/stories/no-dates?lang=en, 761, 900",
        "/stories/no-dates?lang=de, 1100, 800", "/stories/no-dates?lang=en, 1101, 800", "/stories/no-dates?lang=de, 1280, 800",
        "/stories/many-days?lang=de, 375, 667", "/stories/many-days?lang=en, 751, 900", "/stories/many-days?lang=de, 752, 900",
        "/stories/many-days?lang=en, 752, 900", "/stories/many-days?lang=de, 900, 800", "/stories/many-days?lang=en, 1100, 800",
        "/stories/many-days?lang=de, 1101, 800", "/stories/many-days?lang=en, 1280, 800", "/stories/many-days?lang=de, 1280, 800",
        "/stories/many-days?lang=de&from=2024-05-04&to=2024-05-10, 1280, 800", "/?lang=en&from=2024-10-21&to=2024-10-21, 900, 800",
    })
    void the_views_header_map_and_pins_stand_where_the_first_maps_did(String path, int width, int height) {
        page.setViewportSize(width, height);
        List<Route> held = new CopyOnWriteArrayList<>();
        page.route(address -> address.contains("v-r=init"), held::add);
        navigate(url(path));
        page.waitForSelector(".sa-first-map .leaflet-marker-pane .sa-pin");
        Map<String, List<Double>> first = places(".sa-first-map", ".sa-first-header__title", ".sa-first-header__source");
        page.unrouteAll();
        held.forEach(Route::abort);

        openMap(path);
        Map<String, List<Double>> view = places(".sa-map-region", ".sa-header .sa-title", ".sa-header .sa-source");

        assertThat(view.keySet()).as("what shows").isEqualTo(first.keySet());
        first.forEach((what, box) -> {
            // a heading's width is its block's, which shows nowhere: where its text starts and how many lines it takes
            for (int i : what.startsWith("pin") || what.equals("map") ? new int[] {0, 1, 2, 3} : new int[] {0, 1, 3}) {
                assertThat(view.get(what).get(i)).as("%s: top, left, width, height", what).isCloseTo(box.get(i), within(1.0));
            }
        });
    }


    @SuppressWarnings("unchecked")
    private Map<String, List<Double>> places(String map, String title, String source) {
        Map<String, List<Number>> shown = (Map<String, List<Number>>) page.evaluate(PLACES, List.of(map, title, source));
        Map<String, List<Double>> places = new TreeMap<>();
        shown.forEach((what, box) -> places.put(what, box.stream().map(Number::doubleValue).toList()));
        return places;
    }
}
