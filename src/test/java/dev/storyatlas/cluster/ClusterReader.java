package dev.storyatlas.cluster;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.WaitUntilState;
import dev.storyatlas.BrowserTest;
import dev.storyatlas.Readers;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A reader in Chromium reaching the cluster through HAProxy, in a browser context of their own: which
 * instance holds their session (the prefix HAProxy puts on the session cookie), whether their page
 * reloaded itself, and every problem they would see (a JavaScript error, a failed request, Vaadin's
 * error notices).
 */
public final class ClusterReader implements AutoCloseable {

    /** A bound for each wait of the reader on a busy machine, never a measured time. */
    private static final double WAIT_MS = 60_000;

    private final BrowserContext context;
    final Page page;
    /** What went wrong in the reader's page, in order. */
    final List<String> problems = new CopyOnWriteArrayList<>();

    /** Playwright for this machine's Chromium (its own browsers are never downloaded); one per thread. */
    public static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    /** Debian's headless Chromium with the flags of the other browser tests. */
    public static Browser chromium(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(BrowserTest.CHROMIUM).setHeadless(true).setArgs(BrowserTest.CHROMIUM_FLAGS));
    }

    public ClusterReader(Browser browser) {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1280, 800));
        context.setDefaultTimeout(WAIT_MS);
        page = context.newPage();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                problems.add("console: " + message.text());
            }
        });
        page.onPageError(error -> problems.add("page: " + error));
        page.onResponse(response -> {
            if (response.status() >= 400) {
                problems.add("http " + response.status() + ": " + response.url());
            }
        });
    }

    /** Opens the map at {@code url}, points at it as a reader does, waits for the view's pins, and marks this page so that a reload shows. */
    public ClusterReader open(String url) {
        // returns at the response, never waiting for the page's load: what follows waits for what it reads
        page.navigate(url, new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
        Readers.beginToUse(page);
        page.waitForSelector(".sa-map-region .leaflet-marker-pane .sa-pin");
        page.evaluate("() => { window.saClusterTestPage = true; }");
        return this;
    }

    /** Clicks the view's pin of the place named {@code name} (not a first map's, which may still stand beside it). */
    public void choose(String name) {
        page.locator(".sa-map-region .leaflet-marker-pane").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name + " – ")).click();
    }

    /** Waits (within the bound for every wait) until the place panel's heading is {@code title}; fails otherwise. */
    public void awaitPanel(String title) {
        PlaywrightAssertions.assertThat(page.locator("#place-panel h2")).hasText(title, new LocatorAssertions.HasTextOptions().setTimeout(WAIT_MS));
    }

    /**
     * The names of the view's pins, sorted, once it shows {@code count} of them: its map draws them anew when the view
     * comes, and the first map's pins stand beside them until it gives way.
     */
    List<String> pinNames(int count) {
        Locator pins = page.locator(".sa-map-region .leaflet-marker-pane .sa-pin");
        PlaywrightAssertions.assertThat(pins).hasCount(count, new LocatorAssertions.HasCountOptions().setTimeout(WAIT_MS));
        return pins.all().stream().map(pin -> pin.getAttribute("aria-label").replaceFirst(" – .*", "")).sorted().toList();
    }

    /** The instance holding this reader's session, e.g. {@code atlas1}; empty before the first answer. */
    public String instance() {
        return context.cookies().stream().filter(cookie -> cookie.name.equals("JSESSIONID")).map((Cookie cookie) -> cookie.value)
                .map(value -> value.contains("~") ? value.substring(0, value.indexOf('~')) : "(no prefix: " + value + ")")
                .findFirst().orElse("");
    }

    /** Waits (within the bound for every wait) until the page has loaded again and shows its pins. */
    public void awaitReload() {
        page.waitForFunction("() => window.saClusterTestPage !== true"
                + " && document.querySelector('.sa-map-region .leaflet-marker-pane .sa-pin') !== null",
                null, new Page.WaitForFunctionOptions().setTimeout(WAIT_MS));
    }

    /** Whether the page was loaded again since {@link #open}. */
    boolean reloaded() {
        return !Boolean.TRUE.equals(page.evaluate("() => window.saClusterTestPage === true"));
    }

    /** Vaadin's error notices shown in the page (session expired, internal error, cookies disabled). */
    List<String> errorNotices() {
        return page.locator(".v-system-error").allTextContents();
    }

    /** The reader leaves: the page is closed as a tab would be (Vaadin's beacon closes its UI). */
    @Override
    public void close() {
        page.close(new Page.CloseOptions().setRunBeforeUnload(true));
        context.close();
    }
}
