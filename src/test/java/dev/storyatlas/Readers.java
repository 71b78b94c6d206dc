package dev.storyatlas;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.List;

/**
 * What a reader does with a page before the browser tests wait for the view. The first map stands in for the view
 * until the reader first interacts with the page (frontend/index.ts), so every test that waits for the view first
 * moves the pointer over the map, as a reader with a mouse does. The one place that does so for every test.
 */
public final class Readers {

    /** The map a reader points at: the first map until the view's map replaces it. */
    private static final String ANY_MAP_PIN = ".sa-first-map .leaflet-marker-pane .sa-pin, .sa-map-region .leaflet-marker-pane .sa-pin";

    private Readers() {
    }

    /** The reader of this page moves the pointer over its map: the view comes (see {@link #beginToUse(Locator)}). */
    public static void beginToUse(Page page) {
        beginToUse(page.locator(":root"));
    }

    /** The reader moves the pointer over the map in this frame: the view comes (see {@link #beginToUse(Locator)}). */
    public static void beginToUse(FrameLocator frame) {
        frame.owner().scrollIntoViewIfNeeded();
        beginToUse(frame.locator(":root"));
    }

    /**
     * Waits until the document under {@code root} shows a map, then, when it is the first map, moves the mouse over
     * a corner of it where no pin is (twice, so it moves whatever it did before). A first map's pins are there only
     * once the page's script listens for the reader, so the move is never lost; a page whose view came by itself
     * (no first map, a place to restore) needs no move. Moves, never clicks: nothing is chosen or focused.
     */
    public static void beginToUse(Locator root) {
        root.locator(ANY_MAP_PIN).first().waitFor();
        // in one step in the page, so a first map that gives way meanwhile cannot leave the test waiting for it
        @SuppressWarnings("unchecked")
        List<Number> corner = (List<Number>) root.evaluate(CORNER);
        BoundingBox document = root.boundingBox();
        if (corner == null || document == null) {
            return;
        }
        // the corner in the frame's viewport, and the frame's viewport in the page's
        double x = document.x - corner.get(2).doubleValue() + corner.get(0).doubleValue();
        double y = document.y - corner.get(3).doubleValue() + corner.get(1).doubleValue();
        Page page = root.page();
        page.mouse().move(x + 4, y + 4);
        page.mouse().move(x + 8, y + 8);
    }

    /** The first map's top left corner and the document element's, in the viewport, once the map is scrolled into it; null without a first map. */
    private static final String CORNER = """
            root => {
              const map = root.querySelector('.sa-first-map');
              if (!map) {
                return null;
              }
              map.scrollIntoView({ block: 'nearest', inline: 'nearest' });
              const box = map.getBoundingClientRect();
              const page = root.getBoundingClientRect();
              return [box.x, box.y, page.x, page.y];
            }
            """;
}
