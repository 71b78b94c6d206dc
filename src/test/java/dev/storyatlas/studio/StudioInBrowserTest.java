package dev.storyatlas.studio;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import dev.storyatlas.BrowserTest;
import dev.storyatlas.story.StoryCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole flow in Chromium: an editor signs in, pastes the built-in article with its metadata, accepts
 * proposals by mouse and keyboard, edits one, cites incidents by selecting words (taking the claim and date
 * offered for them), saves, and readers get
 * the new map at {@code /stories/<id>}. The app saves into a temporary stories directory.
 */
@TestPropertySource(properties = {StudioAccounts.ENABLED, StudioAccounts.ACCOUNT})
class StudioInBrowserTest extends BrowserTest {

    static final String ID = "studio-nordkorea";
    private static final String TITLE = "Nordkoreanische Soldaten in Russland";

    /** An article written for the test, with umlauts, ß and German quotation marks. */
    private static final String UPLOADED = "Außenministerin Annalena Baerbock ist am Dienstag nach Kyjiw gereist. "
            + "„Die Ukraine gehört zu Europa, und wir stehen an ihrer Seite“, sagte Baerbock nach dem Treffen.\n\n"
            + "In Moskau äußerte sich der Kreml zunächst nicht. Laut russischen Medien soll die Führung über die Reise verärgert sein.\n";

    private static final String BUILT_IN_ARTICLE = read(Path.of("src/main/resources/stories/taz-2024-10-nordkorea-soldaten.article.txt"));

    @TempDir
    static Path stories;

    @DynamicPropertySource
    static void storiesDirectory(DynamicPropertyRegistry registry) {
        registry.add("storyatlas.stories-dir", () -> stories.toString());
    }

    @Autowired
    private StoryCatalog catalog;

    @Test
    void a_wrong_password_keeps_the_editor_at_the_sign_in() {
        navigate(url("/studio"));
        page.waitForURL("**/studio/login");
        signIn("not-the-password");

        page.waitForURL("**/studio/login?error");
        assertThat(page.locator("vaadin-login-form")).hasAttribute("error", "");
        pageErrors.clear();
    }

    @Test
    void an_uploaded_utf8_article_file_shows_its_numbered_paragraphs_and_proposals(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("baerbock-kyjiw.txt");
        Files.writeString(file, UPLOADED, StandardCharsets.UTF_8);
        openStudio();
        fillMetadata("baerbock-kyjiw", "Baerbock in Kyjiw");

        page.locator("#studio-upload input[type=file]").setInputFiles(file);
        assertThat(page.locator("#studio-text textarea")).hasValue(UPLOADED);
        page.locator("#studio-propose").click();

        assertThat(page.locator("#studio-paragraphs [data-paragraph='1'] .sa-studio-passages__number")).hasText("1");
        assertThat(page.locator("#studio-paragraphs [data-paragraph='1'] .sa-studio-passages__text"))
                .hasText(UPLOADED.substring(0, UPLOADED.indexOf("\n\n")));
        assertThat(page.locator("#studio-paragraphs [data-paragraph='2'] .sa-studio-passages__text")).containsText("äußerte sich der Kreml");
        assertThat(page.locator("#studio-places")).containsText("Kyjiw");
        assertThat(page.locator("#studio-places")).containsText("Moskau");
        assertThat(page.locator("#studio-quotes")).containsText("Die Ukraine gehört zu Europa, und wir stehen an ihrer Seite");
        assertThat(page.locator("#studio-upload-error")).isHidden();
    }

    @Test
    void an_uploaded_file_that_is_not_utf8_is_refused_by_name_and_the_text_stays(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("latin1-artikel.txt");
        Files.write(file, "Erste Zeile.\n\nDie Bürgermeisterin sprach.".getBytes(StandardCharsets.ISO_8859_1));
        openStudio();
        page.locator("#studio-text textarea").fill("Schon eingegeben.");

        page.locator("#studio-upload input[type=file]").setInputFiles(file);

        assertThat(page.locator("#studio-upload-error")).isVisible();
        assertThat(page.locator("#studio-upload-error")).containsText("latin1-artikel.txt");
        assertThat(page.locator("#studio-upload-error")).containsText("line 3");
        assertThat(page.locator("#studio-upload-error")).containsText("UTF-8");
        assertThat(page.locator("#studio-text textarea")).hasValue("Schon eingegeben.");
    }

    @Test
    void the_studio_speaks_german_to_a_browser_that_asks_for_it_and_english_when_the_address_says_lang_en() {
        page.setExtraHTTPHeaders(Map.of("Accept-Language", "de-DE,de;q=0.9"));
        navigate(url("/studio"));
        page.waitForURL("**/studio/login");
        assertThat(page.locator(".sa-studio-login h1")).hasText("Story-Atlas-Studio");
        assertThat(page).hasTitle("Anmelden – Story-Atlas-Studio");
        signIn(StudioAccounts.PASSWORD);
        page.waitForURL("**/studio");

        assertThat(page.locator("#studio-propose")).hasText("Vorschlagen");
        assertThat(page.locator("#studio-text label")).hasText("Artikeltext");
        assertThat(page.locator("#studio-upload vaadin-button[slot=add-button]")).hasText(".txt-Datei hochladen …");
        page.locator("#studio-id input").fill("ministerin-kyjiw");
        page.locator("#studio-title input").fill("Die Ministerin in Kyjiw");
        page.locator("#studio-publisher input").fill("taz");
        page.locator("#studio-published input").fill("21.10.2024");
        page.locator("#studio-published input").press("Enter");
        page.locator("#studio-published [part~=toggle-button]").click();
        Locator firstWeekday = page.locator("vaadin-month-calendar:has([part~=month-header]:text-is('Oktober 2024')) [part~=weekday][scope=col]").first();
        assertThat(firstWeekday).hasText("Mo");
        assertThat(firstWeekday).hasAttribute("abbr", "Montag");
        page.keyboard().press("Escape");
        page.locator("#studio-text textarea").fill("Die Ministerin ist am Montag nach Kyjiw gereist.");
        page.locator("#studio-propose").click();
        assertThat(page.locator("#studio-places vaadin-button.sa-studio-accept").first()).hasText("Annehmen");
        assertThat(page.locator("#studio-places .sa-studio-status").first()).hasText("vorgeschlagen");

        navigate(url("/studio?lang=en"));
        assertThat(page.locator("#studio-propose")).hasText("Propose");
        assertThat(page.locator("#studio-text label")).hasText("Article text");
    }

    @Test
    void a_quote_accepted_while_the_acceptance_of_an_actor_is_still_on_its_way_is_accepted() {
        proposeTheBuiltInArticle("nordkorea-schnell");
        assertThat(page.locator("#studio-quotes vaadin-button.sa-studio-accept").first()).isVisible();

        whileTheServersAnswerIsHeld(() -> page.locator("#studio-actors vaadin-button.sa-studio-accept").first().click(),
                () -> page.locator("#studio-quotes vaadin-button.sa-studio-accept").first().click());

        assertThat(page.locator("#studio-actors .sa-studio-status").first()).containsText("accepted");
        assertThat(page.locator("#studio-quotes .sa-studio-status").first()).containsText("accepted");
    }

    @Test
    void an_incident_removed_while_the_acceptance_of_a_place_is_still_on_its_way_is_removed() {
        proposeTheBuiltInArticle("nordkorea-entfernt");
        page.locator("#incident-summary input").fill("Yoon telefoniert mit Rutte.");
        selectParagraph(1);
        page.locator("#incident-add").click();
        // the grid keeps a removed row's cells in the page, hidden: what counts is what the editor sees
        Locator shownIncident = page.locator("#studio-incidents vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setVisible(true).setHasText("Yoon telefoniert mit Rutte."));
        assertThat(shownIncident).hasCount(1);

        whileTheServersAnswerIsHeld(() -> page.locator("#studio-places vaadin-button.sa-studio-accept").first().click(),
                () -> page.locator("#studio-incidents vaadin-button").getByText("Remove").click());

        assertThat(shownIncident).hasCount(0);
        assertThat(page.locator("#studio-places .sa-studio-status").first()).containsText("accepted");
    }

    /**
     * Does the first action, holds the server's answer to it, does the second meanwhile (as an editor clicking on
     * before the page has heard back), then lets the answer through.
     */
    private void whileTheServersAnswerIsHeld(Runnable first, Runnable meanwhile) {
        List<Route> held = new CopyOnWriteArrayList<>();
        page.route(url -> url.contains("v-r=uidl"), route -> {
            if (held.isEmpty()) {
                held.add(route);
            } else {
                route.resume();
            }
        });
        first.run();
        page.waitForCondition(() -> !held.isEmpty());
        meanwhile.run();
        held.getFirst().resume();
    }

    @Test
    void an_editor_drafts_the_built_in_article_saves_it_and_readers_get_its_map() throws IOException {
        proposeTheBuiltInArticle(ID);

        Locator places = page.locator("#studio-places vaadin-grid-cell-content:has(vaadin-button.sa-studio-accept)");
        assertThat(places.first()).isVisible();
        // the keyboard accepts: Tab reaches the buttons, Enter and Space press them
        Locator firstAccept = page.locator("#studio-places vaadin-button.sa-studio-accept").first();
        firstAccept.focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#studio-places .sa-studio-status").first()).containsText("accepted");
        assertThat(firstAccept).isFocused();
        page.keyboard().press("Tab");
        assertThat(page.locator("#studio-places vaadin-button.sa-studio-reject").first()).isFocused();
        page.keyboard().press("Space");
        assertThat(page.locator("#studio-places .sa-studio-status").first()).containsText("rejected");
        firstAccept.click();
        Locator placeAccepts = ProposalRows.acceptButtons(page, "#studio-places");
        int placeCount = placeAccepts.count();
        for (int i = 1; i < placeCount; i++) {
            placeAccepts.nth(i).click();
        }
        // actors: accept every one, and edit the first one's name
        Locator actorAccepts = ProposalRows.acceptButtons(page, "#studio-actors");
        int actorCount = actorAccepts.count();
        for (int i = 0; i < actorCount; i++) {
            actorAccepts.nth(i).click();
        }
        Locator firstName = page.locator("#studio-actors vaadin-text-field input").first();
        String edited = firstName.inputValue() + " (bearbeitet)";
        firstName.fill(edited);
        firstName.press("Enter");

        // the first quote (Yoon's, in the first paragraph, which names Russland) puts a pin on the map
        page.locator("#studio-quotes vaadin-button.sa-studio-accept").first().click();
        assertThat(page.locator("#studio-quotes .sa-studio-status").first()).containsText("accepted");

        // every attribution of a passage is offered to choose from, the first its words hold chosen, and the date follows the choice
        selectParagraph(3);
        assertThat(page.locator("#incident-attribution input")).hasValue("Südkoreas Nachrichtendienst hatte am Freitag behauptet");
        assertThat(page.locator("#incident-when-wording input")).hasValue("");
        page.locator("#incident-claim-offer").click();
        assertThat(page.locator("#incident-claim-offer vaadin-select-list-box vaadin-select-item")).hasCount(4);
        page.locator("#incident-claim-offer vaadin-select-list-box vaadin-select-item", new Page.LocatorOptions().setHasText("claimed: sollen")).click();
        assertThat(page.locator("#incident-attribution input")).hasValue("sollen");
        assertThat(page.locator("#incident-when-wording input")).hasValue("am Freitag");
        // an excerpt typed by hand gets the offer of its own words
        page.locator("#incident-excerpt textarea").fill("Insgesamt soll Machthaber Kim Jong Un bis zu 12.000 Mann");
        page.locator("#incident-excerpt textarea").press("Tab");
        assertThat(page.locator("#incident-attribution input")).hasValue("soll");
        assertThat(page.locator("#incident-when-wording input")).hasValue("");

        // an incident, cited by selecting the words of the first paragraph
        page.locator("#incident-summary input").fill("Yoon und Rutte sprechen über nordkoreanische Soldaten.");
        selectParagraph(2);
        assertThat(page.locator("#incident-paragraph input")).hasValue("2");
        // the article's attribution in that passage is offered as the incident's claim
        assertThat(page.locator("#incident-claim-how vaadin-select-value-button")).hasText("not-denied");
        assertThat(page.locator("#incident-attribution input")).hasValue("russische Botschaft in einer ersten Stellungnahme");
        page.locator("#incident-add").click();
        assertThat(page.locator("#studio-incidents")).containsText("Yoon und Rutte");
        // and a weekday in another passage as its date, resolved against the publication date
        page.locator("#incident-summary input").fill("Yoon telefoniert mit Rutte.");
        selectParagraph(1);
        assertThat(page.locator("#incident-when-wording input")).hasValue("am Montag");
        assertThat(page.locator("#incident-resolved-from input")).not().hasValue("");
        page.locator("#incident-add").click();
        assertThat(page.locator("#studio-incidents")).containsText("am Montag = 2024-10-21");

        Locator problems = page.locator("#studio-problems li, .sa-studio-problem span");
        try {
            assertThat(problems).hasCount(0);
        } catch (AssertionError shown) {
            throw new AssertionError("the loader's problems with the draft: " + problems.allInnerTexts(), shown);
        }
        assertThat(page.locator("#studio-preview .leaflet-marker-pane .sa-pin").first()).isVisible();
        page.locator("#studio-save").click();
        assertThat(page.locator("#studio-status")).containsText("Saved");

        String yaml = Files.readString(stories.resolve(ID + ".yaml"));
        assertThat(yaml).contains("id: " + ID).contains(edited);
        assertThat(yaml).contains("how: not-denied, attribution: russische Botschaft in einer ersten Stellungnahme")
                .contains("date: 2024-10-21").contains("Aus „am Montag“ und dem Erscheinungstag des Artikels");
        assertThat(stories.resolve(ID + ".article.txt")).exists();

        catalog.refresh();
        openMap("/stories/" + ID + "?lang=de");
        assertThat(pins()).not().hasCount(0);
        assertThat(page.locator(".sa-title")).hasText(TITLE);
    }

    /** Signs in and waits for the studio. */
    private void openStudio() {
        navigate(url("/studio"));
        page.waitForURL("**/studio/login");
        signIn(StudioAccounts.PASSWORD);
        page.waitForURL("**/studio");
    }

    /** Signs in, gives the built-in article with its metadata under this id, and asks for proposals. */
    private void proposeTheBuiltInArticle(String id) {
        openStudio();
        fillMetadata(id, TITLE);
        page.locator("#studio-text textarea").fill(BUILT_IN_ARTICLE);
        page.locator("#studio-propose").click();
    }

    /** The story's id, title, publisher (taz) and day of publication (21 October 2024). */
    private void fillMetadata(String id, String title) {
        page.locator("#studio-id input").fill(id);
        page.locator("#studio-title input").fill(title);
        page.locator("#studio-publisher input").fill("taz");
        page.locator("#studio-published input").fill("10/21/2024");
        page.locator("#studio-published input").press("Enter");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void signIn(String password) {
        StudioAccounts.signIn(page, password);
    }

    /** Selects the whole text of a paragraph as an editor does with the mouse: the selection becomes the citation. */
    private void selectParagraph(int number) {
        Locator text = page.locator("#studio-paragraphs [data-paragraph='" + number + "'] .sa-studio-passages__text");
        text.selectText();
        text.dispatchEvent("mouseup");
    }
}
