package dev.storyatlas.studio;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import dev.storyatlas.BrowserTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Saving over a story in Chromium: the studio asks before it replaces one, Cancel leaves it as it was,
 * Replace keeps the previous version in the history, and Restore brings that version back.
 */
@TestPropertySource(properties = {StudioAccounts.ENABLED, StudioAccounts.ACCOUNT})
class StudioHistoryInBrowserTest extends BrowserTest {

    private static final String ID = "studio-bruecke";
    private static final String ARTICLE = "Die Stadt Potsdam hat am Montag die neue Brücke über die Havel eröffnet.\n\n"
            + "Der Bau in Potsdam hatte drei Jahre gedauert.";

    @TempDir
    static Path stories;

    @DynamicPropertySource
    static void storiesDirectory(DynamicPropertyRegistry registry) {
        registry.add("storyatlas.stories-dir", () -> stories.toString());
    }

    @Test
    void replacing_a_story_asks_first_keeps_the_previous_version_and_restore_brings_it_back() throws IOException {
        navigate(url("/studio"));
        page.waitForURL("**/studio/login");
        StudioAccounts.signIn(page, StudioAccounts.PASSWORD);
        page.waitForURL("**/studio");
        page.locator("#studio-id input").fill(ID);
        page.locator("#studio-publisher input").fill("Lokalblatt");
        page.locator("#studio-published input").fill("10/21/2024");
        page.locator("#studio-published input").press("Enter");
        page.locator("#studio-text textarea").fill(ARTICLE);
        Path yaml = stories.resolve(ID + ".yaml");

        draftAndSave("Die erste Fassung");
        assertThat(page.locator("#studio-status")).containsText("Saved");
        assertThat(Files.readString(yaml)).contains("Die erste Fassung");

        draftAndSave("Die zweite Fassung");
        Locator cancel = page.locator("vaadin-confirm-dialog vaadin-button:has-text('Cancel')");
        assertThat(cancel).isVisible();
        cancel.click();
        assertThat(cancel).not().isVisible();
        assertThat(Files.readString(yaml)).contains("Die erste Fassung").doesNotContain("Die zweite Fassung");

        page.locator("#studio-save").click();
        assertThat(page.locator("#studio-versions")).hasAttribute("disabled", "");
        page.locator("vaadin-confirm-dialog vaadin-button:has-text('Replace')").click();
        // the replaced version is in the history now, to choose from
        assertThat(page.locator("#studio-versions")).not().hasAttribute("disabled", "");
        assertThat(Files.readString(yaml)).contains("Die zweite Fassung");

        page.locator("#studio-versions vaadin-select-value-button").click();
        page.getByRole(AriaRole.OPTION).first().click();
        page.locator("#studio-restore").click();
        assertThat(page.locator("#studio-status")).containsText("Restored");
        assertThat(Files.readString(yaml)).contains("Die erste Fassung").doesNotContain("Die zweite Fassung");
    }

    /** Proposes the article under this title, accepts its first place (a story needs one) and saves. */
    private void draftAndSave(String title) {
        page.locator("#studio-title input").fill(title);
        page.locator("#studio-propose").click();
        // the proposals come anew, all undecided, before the first place is accepted
        assertThat(page.locator("#studio-places .sa-studio-status").first()).containsText("proposed");
        page.locator("#studio-places vaadin-button.sa-studio-accept").first().click();
        assertThat(page.locator("#studio-places .sa-studio-status").first()).containsText("accepted");
        Locator problems = page.locator("#studio-problems li, .sa-studio-problem span");
        try {
            assertThat(problems).hasCount(0);
        } catch (AssertionError shown) {
            throw new AssertionError("the loader's problems with the draft: " + problems.allInnerTexts(), shown);
        }
        page.locator("#studio-save").click();
    }
}
