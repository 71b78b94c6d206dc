package dev.storyatlas.map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import dev.storyatlas.BrowserTest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Stories of the stories directory in Chromium: their own paths in the URL, and markup in their texts kept as text. */
@TestPropertySource(properties = "storyatlas.stories-dir=target/test-classes/stories-dir")
class StoryPagesInBrowserTest extends BrowserTest {

    @Test
    void a_pin_click_keeps_the_story_path_in_the_url() {
        openMap("/stories/bridge?lang=en");

        page.locator(".leaflet-marker-pane").getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Mountain Town – 2 items").setExact(true)).click();

        assertThat(page.locator("#place-panel h2")).hasText("Mountain Town");
        assertThat(page).hasURL(Pattern.compile("/stories/bridge\\?place=bergstadt&lang=en$"));
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void markup_and_scripts_in_story_texts_show_as_literal_text_and_never_run() {
        List<String> dialogs = new ArrayList<>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });

        openMap("/stories/html-in-texts?lang=en&place=harbour");

        assertThat(page.locator("h1")).hasText("<b>Bold</b> claims & <script>alert('title')</script>");
        Locator card = page.locator("#place-panel [data-item='tag-soup']");
        assertThat(card).containsText("The council wrote <script>alert('summary')</script> into the minutes.");
        assertThat(card).containsText("<b>according to</b> the council, <script>alert('excerpt')</script> stood in the minutes");
        assertThat(pins().first()).hasAttribute("aria-label", "<img src=x onerror=alert('pin')> – 1 item");
        assertThat(pins().first().locator(".sa-pin__label")).hasText("<img src=x onerror=alert('pin')>");
        assertThat(page.locator("img[src='x'], #place-panel b, #place-panel script, h1 b")).hasCount(0);

        page.locator(".sa-links__button[data-link='tag-link']").click();
        assertThat(page.locator("#place-panel h2")).hasText("<img src=x onerror=alert('pin')> → <svg onload=alert('quay')>: <img src=y onerror=alert('link')> went across");
        assertThat(page.locator("#place-panel")).containsText("<a href=javascript:alert('note')>note</a>");
        assertThat(page.locator("path[data-link='tag-link']")).hasAttribute("aria-label", java.util.regex.Pattern.compile("^<img src=x onerror=alert\\('pin'\\)> → "));
        assertThat(page.locator("img[src='y'], svg[onload], #place-panel a")).hasCount(0);
        assertThat(dialogs).isEmpty();
        assertThat(pageErrors).isEmpty();
    }
}
