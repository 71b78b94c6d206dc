package dev.storyatlas.studio;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Clip;
import dev.storyatlas.BrowserTest;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Takes the README's screenshots of the studio with the built-in article: the article form with its numbered
 * paragraphs, the proposal grids, the incident form with an offered claim and date, the preview map, and the
 * whole page, into docs/screenshots/studio-*.png (or -Dscreenshots.dir). Not part of {@code ./atlas test} (its
 * name is no test's); run it with {@code ./atlas test -Dtest=StudioScreenshots -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@TestPropertySource(properties = {StudioAccounts.ENABLED, StudioAccounts.ACCOUNT})
class StudioScreenshots extends BrowserTest {

    @TempDir
    static Path stories;

    @DynamicPropertySource
    static void storiesDirectory(DynamicPropertyRegistry registry) {
        registry.add("storyatlas.stories-dir", () -> stories.toString());
    }

    private Path folder;

    @Test
    void takes_the_studio_drafting_the_built_in_article() throws IOException {
        folder = Path.of(System.getProperty("screenshots.dir", "docs/screenshots"));
        Files.createDirectories(folder);
        page.setViewportSize(1280, 900);
        navigate(url("/studio?lang=en"));
        page.waitForURL("**/studio/login");
        StudioAccounts.signIn(page, StudioAccounts.PASSWORD);
        page.waitForURL("**/studio");
        page.locator("#studio-id input").fill("nordkorea-soldaten");
        page.locator("#studio-title input").fill("Nordkoreanische Soldaten in Russland");
        page.locator("#studio-publisher input").fill("taz");
        page.locator("#studio-published input").fill("10/21/2024");
        page.locator("#studio-published input").press("Enter");
        page.locator("#studio-text textarea").fill(Files.readString(Path.of("src/main/resources/stories/taz-2024-10-nordkorea-soldaten.article.txt")));
        page.locator("#studio-propose").click();
        assertThat(page.locator("#studio-paragraphs [data-paragraph='1']")).isVisible();
        take("studio-article.png", "section:has(#studio-text)", "section:has(#studio-paragraphs)");

        for (String grid : List.of("#studio-places", "#studio-actors", "#studio-quotes")) {
            Locator accept = ProposalRows.acceptButtons(page, grid);
            int count = accept.count();
            for (int i = 0; i < count; i++) {
                accept.nth(i).click();
            }
            assertThat(page.locator(grid + " .sa-studio-status").last()).containsText("accepted");
        }
        take("studio-proposals.png", "section:has(#studio-places)", "section:has(#studio-quotes)");

        // one incident with the claim offered for the intelligence service's words, then the form offering the date after the call
        page.locator("#incident-summary input").fill("Südkoreas Nachrichtendienst: Nordkorea hat rund 1.500 Soldaten nach Russland entsandt.");
        select(3, "Südkoreas Nachrichtendienst hatte am Freitag behauptet, dass Nordkorea in einer ersten Phase rund 1.500 Soldaten nach Russland entsandt habe.");
        assertThat(page.locator("#incident-attribution input")).hasValue("Südkoreas Nachrichtendienst hatte am Freitag behauptet");
        page.locator("#incident-add").click();
        assertThat(page.locator("#studio-incidents")).containsText("claimed");
        page.locator("#incident-summary input").fill("Yoon: Die Sicherheit Europas und Ostasiens ist untrennbar verbunden.");
        select(1, "sagte Yoon nach dem Telefonat.");
        assertThat(page.locator("#incident-when-wording input")).hasValue("nach dem Telefonat");
        take("studio-incident.png", "section:has(#incident-summary)");

        Locator problems = page.locator("#studio-problems li, .sa-studio-problem span");
        assertThat(problems.allInnerTexts()).as("the loader's problems with the draft").isEmpty();
        page.locator("#studio-preview .leaflet-marker-pane .sa-pin").first().waitFor();
        // the basemap's countries and their names arrive after the pins, a few at a time: all of them
        page.waitForSelector("#studio-preview [data-basemap=drawn]");
        waitForPinsToSettle();
        take("studio-preview.png", "section:has(#studio-preview)");
        Path whole = folder.resolve("studio-draft.png");
        page.screenshot(new Page.ScreenshotOptions().setPath(whole).setFullPage(true));
        assertThat(pngWidth(whole)).isEqualTo(1280);
    }

    /** Selects words of a paragraph as an editor does with the mouse. */
    private void select(int paragraph, String words) {
        String text = "#studio-paragraphs [data-paragraph='" + paragraph + "'] .sa-studio-passages__text";
        page.evaluate("""
                ({ text, words }) => {
                  const node = document.querySelector(text).firstChild;
                  const start = node.textContent.indexOf(words);
                  const range = document.createRange();
                  range.setStart(node, start);
                  range.setEnd(node, start + words.length);
                  getSelection().removeAllRanges();
                  getSelection().addRange(range);
                }
                """, Map.of("text", text, "words", words));
        page.locator(text).dispatchEvent("mouseup");
        assertThat(page.locator("#incident-paragraph input")).hasValue(String.valueOf(paragraph));
    }

    /** A screenshot of the page from the top of the first element to the bottom of the last. */
    private void take(String name, String first, String last) throws IOException {
        page.locator(first).scrollIntoViewIfNeeded();
        @SuppressWarnings("unchecked")
        Map<String, Number> box = (Map<String, Number>) page.evaluate("""
                ([first, last]) => {
                  const a = document.querySelector(first).getBoundingClientRect();
                  const b = document.querySelector(last).getBoundingClientRect();
                  return { x: a.left + scrollX, y: a.top + scrollY, width: Math.max(a.right, b.right) - a.left, height: b.bottom - a.top };
                }
                """, List.of(first, last));
        Path file = folder.resolve(name);
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true).setClip(new Clip(box.get("x").doubleValue(),
                box.get("y").doubleValue(), box.get("width").doubleValue(), box.get("height").doubleValue())));
        assertThat(pngWidth(file)).as(name).isPositive();
    }

    private void take(String name, String element) throws IOException {
        take(name, element, element);
    }

    /** The width in a PNG file's header. */
    private static int pngWidth(Path file) throws IOException {
        return ByteBuffer.wrap(Files.readAllBytes(file), 16, 4).getInt();
    }
}
