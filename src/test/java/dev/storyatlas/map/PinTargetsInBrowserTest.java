package dev.storyatlas.map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import dev.storyatlas.BrowserTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pins closer than their size are spread apart, each still a named button with a line to its place; labels keep clear. */
class PinTargetsInBrowserTest extends BrowserTest {

    /** Every pin's target: its box, at least 24 px square, overlapping no other pin's; and every shown label clear of other pins and labels. */
    private static final String TARGET_PROBLEMS = """
            () => {
              const pins = [...document.querySelectorAll('.sa-map-region .leaflet-marker-pane .sa-pin')];
              const box = (element) => element.getBoundingClientRect();
              const clash = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
              const problems = [];
              pins.forEach((pin, i) => {
                const name = pin.getAttribute('aria-label');
                if (pin.getAttribute('role') !== 'button' || !name || pin.tabIndex !== 0) problems.push('not a named button: ' + pin.outerHTML);
                if (box(pin).width < 24 || box(pin).height < 24) problems.push(name + ' is smaller than 24 px');
                pins.slice(i + 1).forEach((other) => {
                  if (clash(box(pin), box(other))) problems.push(name + ' overlaps ' + other.getAttribute('aria-label'));
                });
                const label = pin.querySelector('.sa-pin__label');
                if (getComputedStyle(label).display !== 'none') {
                  pins.forEach((other) => {
                    if (other !== pin && clash(box(label), box(other))) problems.push('the label of ' + name + ' covers ' + other.getAttribute('aria-label'));
                    const otherLabel = other.querySelector('.sa-pin__label');
                    if (other !== pin && getComputedStyle(otherLabel).display !== 'none' && clash(box(label), box(otherLabel))) {
                      problems.push('the label of ' + name + ' covers the label of ' + other.getAttribute('aria-label'));
                    }
                  });
                }
              });
              return problems;
            }
            """;

    /** For each pin moved off its place: how far its leader line's end lies from the place's point on the map, in pixels. */
    private static final String LEADER_ERRORS = """
            () => {
              const map = document.querySelector('.sa-map-region .sa-map__leaflet').map;
              const errors = {};
              map.eachLayer((layer) => {
                const element = layer.getElement && layer.getElement();
                const end = element && element.classList.contains('sa-pin') && element.querySelector('.sa-pin__place');
                if (end) {
                  const place = map.latLngToContainerPoint(layer.getLatLng());
                  const container = map.getContainer().getBoundingClientRect();
                  const drawn = end.getBoundingClientRect();
                  errors[element.dataset.place] = Math.hypot(drawn.left + drawn.width / 2 - container.left - place.x,
                      drawn.top + drawn.height / 2 - container.top - place.y);
                }
              });
              return errors;
            }
            """;

    @ParameterizedTest
    @CsvSource({
            "412, 823, /embed?lang=de",
            "412, 823, /?lang=en&place=seoul",
            "1280, 800, /embed?lang=en",
            "1280, 800, /?lang=de",
    })
    void no_two_pin_targets_overlap_and_each_is_a_named_button_of_at_least_24_pixels(int width, int height, String path) {
        page.setViewportSize(width, height);
        openMap(path);

        assertThat(pins()).hasCount(7);
        assertThat(page.evaluate(TARGET_PROBLEMS)).asInstanceOf(LIST).isEmpty();
    }

    /** The pins whose labels are hidden (crowded) or stand partly outside the map. */
    private static final String LABELS_NOT_SHOWN_IN_THE_MAP = """
            () => {
              const map = document.querySelector('.sa-map-region .sa-map__leaflet').getBoundingClientRect();
              return [...document.querySelectorAll('.sa-map-region .leaflet-marker-pane .sa-pin')].flatMap((pin) => {
                const label = pin.querySelector('.sa-pin__label');
                const box = label.getBoundingClientRect();
                if (getComputedStyle(label).display === 'none') return [pin.dataset.place + ' hidden'];
                const inside = box.left >= map.left && box.right <= map.right && box.top >= map.top && box.bottom <= map.bottom;
                return inside ? [] : [pin.dataset.place + ' outside the map'];
              });
            }
            """;

    @ParameterizedTest
    @CsvSource({
            "320, /embed?lang=de",
            "320, /?lang=en",
            "375, /embed?lang=de",
            "375, /?lang=de",
            "412, /embed?lang=en",
            "412, /?lang=en",
    })
    void on_a_phone_every_pins_name_shows_inside_the_map_without_covering_another(int width, String path) {
        page.setViewportSize(width, 667);
        openMap(path);

        assertThat(pins()).hasCount(7);
        assertThat(page.evaluate(LABELS_NOT_SHOWN_IN_THE_MAP)).asInstanceOf(LIST).isEmpty();
        assertThat(page.evaluate(TARGET_PROBLEMS)).asInstanceOf(LIST).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"412, 823", "1280, 800"})
    void axe_finds_no_target_too_small_or_covered(int width, int height) {
        page.setViewportSize(width, height);
        openMap("/embed?lang=de");

        List<Rule> violations = new AxeBuilder(page).withRules(List.of("target-size")).analyze().getViolations();
        assertThat(violations).extracting(rule -> rule.getId() + " at " + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList())
                .isEmpty();
    }

    @Test
    void close_pins_are_spread_with_a_line_to_their_place_and_each_opens_its_own_place() {
        page.setViewportSize(412, 823);
        openMap("/embed?lang=en");

        Locator spread = page.locator(".sa-map-region .sa-pin:has(.sa-pin__leader)");
        assertThat(spread.count()).as("pins moved off their places (Moscow and Bryansk at least)").isGreaterThanOrEqualTo(2);
        assertThat(page.evaluate(LEADER_ERRORS)).asInstanceOf(MAP)
                .isNotEmpty().allSatisfy((place, error) -> assertThat(((Number) error).doubleValue()).as(String.valueOf(place)).isLessThan(1.5));
        for (Locator pin : spread.all()) {
            String label = pin.getAttribute("aria-label");
            pin.click();
            assertThat(page.locator("#place-panel h2")).hasText(label.substring(0, label.indexOf(" – ")));
        }
    }

    @Test
    void pins_go_back_to_their_places_when_the_map_is_zoomed_in_far_enough() {
        page.setViewportSize(412, 823);
        openMap("/embed?lang=en");
        assertThat(page.locator(".sa-map-region .sa-pin[data-place='moscow'] .sa-pin__leader")).hasCount(1);

        page.evaluate("() => { const map = document.querySelector('.sa-map-region .sa-map__leaflet').map; map.setView([54.5, 36], 7, { animate: false }); }");
        waitForPinsToSettle();

        assertThat(page.locator(".sa-map-region .sa-pin[data-place='moscow'] .sa-pin__leader")).hasCount(0);
        assertThat(page.locator(".sa-map-region .sa-pin[data-place='bryansk'] .sa-pin__leader")).hasCount(0);
        assertThat(page.evaluate(TARGET_PROBLEMS)).asInstanceOf(LIST).isEmpty();
    }
}
