package dev.storyatlas.map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import dev.storyatlas.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pin labels are placed for the type they are shown in: a style sheet that arrives after they were placed (as Lumo's
 * does after the reader's first interaction, or a host page's) and changes their font without changing the map's
 * size gets them placed again, on the view's map and on the first map alike. On a phone's width, where labels placed for
 * the earlier type leave the map or cover their neighbours in the new one (at 1280 px they happen to fit both ways).
 */
class PinLabelsInBrowserTest extends BrowserTest {

    /** A late style sheet: wider type for every label; the map's box stays as it is. */
    private static final String WIDER_TYPE = ".sa-pin__label { font-family: 'DejaVu Serif', serif; font-size: 20px; }";

    /**
     * What pin-labels.ts promises, for the map under the selector: every shown label inside the map and clear of the
     * other pins and the other shown labels.
     */
    private static final String LABEL_PROBLEMS = """
            (map) => {
              const region = document.querySelector(map);
              const bounds = region.getBoundingClientRect();
              const pins = [...region.querySelectorAll('.leaflet-marker-pane .sa-pin')];
              const box = (element) => element.getBoundingClientRect();
              const clash = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
              const shown = (pin) => getComputedStyle(pin.querySelector('.sa-pin__label')).display !== 'none';
              const problems = [];
              pins.filter(shown).forEach((pin) => {
                const name = pin.dataset.place;
                const label = box(pin.querySelector('.sa-pin__label'));
                if (label.left < bounds.left || label.right > bounds.right || label.top < bounds.top || label.bottom > bounds.bottom) {
                  problems.push('the label of ' + name + ' leaves the map');
                }
                pins.filter((other) => other !== pin).forEach((other) => {
                  if (clash(label, box(other))) problems.push('the label of ' + name + ' covers the pin of ' + other.dataset.place);
                  if (shown(other) && clash(label, box(other.querySelector('.sa-pin__label')))) {
                    problems.push('the label of ' + name + ' covers the label of ' + other.dataset.place);
                  }
                });
              });
              return problems;
            }
            """;

    @ParameterizedTest
    @CsvSource({"/embed?lang=en", "/?lang=de"})
    void the_view_places_its_labels_again_when_a_late_style_sheet_changes_their_font(String path) {
        page.setViewportSize(412, 823);
        openMap(path);

        assertPlacedForTheNewType(".sa-map-region .sa-map");
    }

    @Test
    void the_first_map_places_its_labels_again_when_a_late_style_sheet_changes_their_font() {
        page.setViewportSize(412, 823);
        navigate(url("/embed?lang=en"));
        // the reader does not interact: the first map stays
        assertThat(page.locator(".sa-first-map .leaflet-marker-pane .sa-pin")).hasCount(7);
        assertThat(page.locator(".sa-first-map .leaflet-container")).hasAttribute("data-basemap", "drawn");
        waitForPinsToSettle();

        assertPlacedForTheNewType(".sa-first-map");
    }

    /**
     * Adds the late style sheet and waits until the labels are in the new type and placed for it, the map's size unchanged;
     * names the problems left when they are not.
     */
    private void assertPlacedForTheNewType(String map) {
        assertThat(page.evaluate(LABEL_PROBLEMS, map)).as("the labels as first placed").asInstanceOf(LIST).isEmpty();
        Object mapSize = mapSize(map);
        page.addStyleTag(new Page.AddStyleTagOptions().setContent(WIDER_TYPE));
        try {
            page.waitForFunction("(map) => { const label = document.querySelector(map + ' .sa-pin__label');"
                    + " return getComputedStyle(label).fontSize === '20px' && (" + LABEL_PROBLEMS + ")(map).length === 0; }", map);
        } catch (PlaywrightException timedOut) {
            assertThat(page.evaluate(LABEL_PROBLEMS, map)).as("the labels in the new type").asInstanceOf(LIST).isEmpty();
        }
        assertThat(mapSize(map)).as("the map's size, which did not change").isEqualTo(mapSize);
    }

    private Object mapSize(String map) {
        return page.evaluate("(map) => { const box = document.querySelector(map).getBoundingClientRect(); return [box.width, box.height]; }", map);
    }
}
