package dev.storyatlas;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.WaitUntilState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the real-browser tests: the app on a random port of the real HTTP server, driven by
 * Debian's Chromium through Playwright. Every test fails on a JavaScript error in the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.devmode.devTools.enabled=false", "vaadin.launch-browser=false"})
public abstract class BrowserTest {

    /** Debian's Chromium; STORYATLAS_CHROMIUM points elsewhere if needed. */
    public static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("STORYATLAS_CHROMIUM", "/usr/bin/chromium"));

    /** The flags this machine's Chromium needs (also for the cluster tests, which start their own browser). */
    public static final List<String> CHROMIUM_FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    /** How long a test waits for what it expects before it fails: the same for navigation, selectors and assertions. */
    private static final double WAIT_MILLIS = 30_000;

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;
    protected final List<String> pageErrors = new ArrayList<>();

    @BeforeAll
    static void launchBrowser() {
        // Playwright's assertions give up after 5 s, its other waits after 30 s: on a machine busy with other
        // builds a view can take longer than 5 s, so assertions wait as long as everything else
        PlaywrightAssertions.setDefaultAssertionTimeout(WAIT_MILLIS);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(CHROMIUM_FLAGS));
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
        playwright.close();
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1280, 800));
        page = context.newPage();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                pageErrors.add("console: " + message.text());
            }
        });
        page.onPageError(error -> pageErrors.add("page: " + error));
        page.onResponse(response -> {
            if (response.status() >= 400) {
                pageErrors.add("http " + response.status() + ": " + response.url());
            }
        });
    }

    /** Every test fails on a JavaScript error or a failed request; a test that expects one removes it from {@link #pageErrors}. */
    @AfterEach
    void closePage() {
        try {
            assertThat(pageErrors).as("JavaScript errors and failed requests of the page").isEmpty();
        } finally {
            context.close();
        }
    }

    /** The app's address for a path with an optional query, e.g. {@code "/?place=kyiv"}. */
    protected String url(String pathAndQuery) {
        return "http://localhost:" + port + pathAndQuery;
    }

    /**
     * Goes to an address and returns once the browser has its response: never waits for the page's {@code load},
     * which a request the test holds back (or a slow sub-resource) would delay. Tests then wait for what they check.
     */
    protected @Nullable Response navigate(String address) {
        return page.navigate(address, new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
    }

    /**
     * Opens the page, points at its map as a reader does (the view comes on the first interaction, {@link Readers}) and
     * waits until the view's map has drawn its pins (the first map has given way), every style sheet applies and the
     * pins have stopped moving.
     */
    protected void openMap(String pathAndQuery) {
        navigate(url(pathAndQuery));
        Readers.beginToUse(page);
        page.waitForSelector(".sa-map-region .leaflet-marker-pane .sa-pin");
        waitForStyleSheets();
        waitForPinsToSettle();
    }

    /**
     * Waits until every enabled style sheet of the page has loaded: Flow builds the view without a held-back Lumo that
     * is late (frontend/index.ts), and Lumo then lays the page out anew, which refits the map and moves its pins.
     */
    private void waitForStyleSheets() {
        page.waitForFunction("() => [...document.querySelectorAll('link[rel~=stylesheet]')].every((link) => link.disabled || link.sheet)");
    }

    /** The map's pins, each a button named by its place. */
    protected Locator pins() {
        return page.locator(".leaflet-marker-pane .sa-pin");
    }

    /**
     * Waits until no pin has moved for several painted frames (the map may still be fitting, zooming or panning):
     * counted in the browser's frames, not in time, so a slow machine only takes longer.
     */
    protected void waitForPinsToSettle() {
        page.evaluate("() => { delete window.saPinsSettle; }");
        page.waitForFunction("""
                () => {
                  const now = [...document.querySelectorAll('.leaflet-marker-pane .sa-pin')]
                      .map((pin) => { const r = pin.getBoundingClientRect(); return r.x + ',' + r.y; }).join(';');
                  const settle = window.saPinsSettle ??= { last: null, still: 0 };
                  settle.still = now === settle.last ? settle.still + 1 : 0;
                  settle.last = now;
                  return settle.still >= 5;
                }
                """);
    }
}
