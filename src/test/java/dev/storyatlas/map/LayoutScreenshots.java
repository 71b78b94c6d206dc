package dev.storyatlas.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.storyatlas.BrowserTest;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Takes the README's screenshots of the layout: the first screen of the embed with Bryansk open and of the main
 * view, at 320, 375 and 768 px, into docs/screenshots/ (or -Dscreenshots.dir). Not part of {@code ./atlas test}
 * (its name is no test's); run it with {@code ./atlas test -Dtest=LayoutScreenshots -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class LayoutScreenshots extends BrowserTest {

    private static final int[][] SCREENS = {{320, 640}, {375, 667}, {768, 1024}};
    private static final String[][] PAGES = {{"embed-bryansk", "/embed?place=bryansk&lang=de"}, {"story", "/?lang=de"}};

    @Test
    void takes_the_first_screen_of_the_embed_and_the_main_view_at_three_widths() throws IOException {
        Path folder = Path.of(System.getProperty("screenshots.dir", "docs/screenshots"));
        Files.createDirectories(folder);
        for (int[] screen : SCREENS) {
            for (String[] shown : PAGES) {
                page.setViewportSize(screen[0], screen[1]);
                openMap(shown[1]);
                // the basemap's countries and their names arrive after the pins, a few at a time: all of them
                page.waitForSelector(".sa-map-region [data-basemap=drawn]");
                waitForPinsToSettle();
                Path file = folder.resolve(shown[0] + "-" + screen[0] + ".png");
                page.screenshot(new Page.ScreenshotOptions().setPath(file));

                assertThat(pngWidth(file)).as(file.toString()).isEqualTo(screen[0]);
            }
        }
    }

    /** The width in a PNG file's header. */
    private static int pngWidth(Path file) throws IOException {
        return ByteBuffer.wrap(Files.readAllBytes(file), 16, 4).getInt();
    }
}
