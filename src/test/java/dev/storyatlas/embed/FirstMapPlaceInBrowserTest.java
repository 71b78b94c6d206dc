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

    @SuppressWarnings("unchecked")
    private List<Double> box(String selector) {
        return ((List<Number>) page.evaluate(BOX, selector)).stream().map(Number::doubleValue).toList();
    }
}
