package dev.storyatlas.bench;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Debian's headless Chromium (with the flags this machine needs), loading pages with a cold cache:
 * every load gets a new browser context. It measures when every pin is visible and clickable and
 * how many bytes came over the wire.
 */
final class Chromium implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("STORYATLAS_CHROMIUM", "/usr/bin/chromium"));
    private static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    /**
     * Whether a pin is ready: it has a box inside the viewport and {@code elementFromPoint} at its centre or another point of
     * its box hits it (a neighbour's label may cover part).
     */
    private static final String PIN_READY = """
            (pin) => {
                const r = pin.getBoundingClientRect();
                if (r.width <= 0 || r.height <= 0) return false;
                const x = r.left + r.width / 2, y = r.top + r.height / 2;
                if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return false;
                return [[0.5, 0.5], [0.25, 0.25], [0.75, 0.25], [0.25, 0.75], [0.75, 0.75]].some(([fx, fy]) => {
                  const hit = document.elementFromPoint(r.left + r.width * fx, r.top + r.height * fy);
                  return hit !== null && (hit === pin || pin.contains(hit));
                });
              }""";

    /**
     * Polls every animation frame until {@code expected} pins exist, each with a box inside the
     * viewport and hit by {@code elementFromPoint} at its centre or another point of its box, then records {@code performance.now()}
     * (milliseconds since navigation start), the bytes of the responses complete by then (Resource Timing's transfer sizes,
     * headers included) and the addresses asked for before then.
     */
    static final String PINS_READY = """
            (() => {
              if (window.top !== window) return;
              const expected = %d;
              const ready = READY;
              const check = () => {
                const pins = [...document.querySelectorAll('.leaflet-marker-icon.sa-pin')];
                if (pins.length >= expected && pins.every(ready)) {
                  const now = performance.now();
                  const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
                  window.__pinsBytes = entries.filter((e) => e.responseEnd > 0 && e.responseEnd <= now)
                    .reduce((sum, e) => sum + e.transferSize, 0);
                  window.__beforePins = entries.filter((e) => e.startTime < now).map((e) => e.name);
                  window.__pinsReadyAt = now;
                } else {
                  requestAnimationFrame(check);
                }
              };
              requestAnimationFrame(check);
            })();
            """.replace("READY", PIN_READY);

    /**
     * One cold load: milliseconds to pins, encoded bytes received, the requests made, the bytes complete when the pins
     * were ready and the addresses asked for before then.
     */
    record Load(double pinsMillis, long bytes, int requests, List<Request> requestList, long pinsBytes, List<String> beforePins) {
    }

    /**
     * Once the pins are ready, clicks the given place's pin (in the same animation frame) and then polls each frame until
     * an element whose own text contains the given text has a box and is visible; records both moments.
     */
    static final String FIRST_ANSWER = """
            (() => {
              if (window.top !== window) return;
              const place = %s, text = %s;
              const shown = () => {
                const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                  const element = node.parentElement;
                  if (node.data.includes(text) && element) {
                    const r = element.getBoundingClientRect();
                    if (r.width > 0 && r.height > 0 && element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) {
                      return true;
                    }
                  }
                }
                return false;
              };
              const check = () => {
                if (window.__pinsReadyAt !== undefined && window.__clickedAt === undefined) {
                  const pin = document.querySelector(`.leaflet-marker-icon.sa-pin[data-place="${place}"]`);
                  if (pin) {
                    pin.click();
                    window.__clickedAt = performance.now();
                  }
                }
                if (window.__clickedAt !== undefined && shown()) {
                  window.__answerAt = performance.now();
                } else {
                  requestAnimationFrame(check);
                }
              };
              requestAnimationFrame(check);
            })();
            """;

    /** A cold load where the reader clicks a place the moment the pins are ready: when the pins were, and when its answer showed. */
    record Answer(double pinsMillis, double answerMillis) {
    }

    private final Playwright playwright;
    private final Browser browser;
    private final int expectedPins;
    private final List<BrowserContext> openReaders = new ArrayList<>();

    Chromium(int expectedPins) {
        this.expectedPins = expectedPins;
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM).setHeadless(true).setArgs(FLAGS));
    }

    /** Loads the URL in a new context, waits for the pins and for the network to fall quiet, and closes the context. */
    Load load(String url) {
        BrowserContext context = newContext();
        try {
            Page page = context.newPage();
            CDPSession cdp = context.newCDPSession(page);
            AtomicLong bytes = countBytes(cdp);
            List<Request> requests = new ArrayList<>();
            page.onRequest(requests::add);
            page.navigate(url);
            waitForPins(page);
            double pins = ((Number) page.evaluate("() => window.__pinsReadyAt")).doubleValue();
            long pinsBytes = ((Number) page.evaluate("() => window.__pinsBytes")).longValue();
            @SuppressWarnings("unchecked")
            List<String> beforePins = List.copyOf((List<String>) page.evaluate("() => window.__beforePins"));
            page.waitForLoadState(LoadState.NETWORKIDLE);
            return new Load(pins, bytes.get(), requests.size(), List.copyOf(requests), pinsBytes, beforePins);
        } finally {
            context.close();
        }
    }

    /**
     * Loads the URL in a new context, clicks the place's pin the moment the pins are ready and waits until an element
     * showing {@code answerText} is visible (see {@link #FIRST_ANSWER}).
     */
    Answer answer(String url, String placeId, String answerText) {
        BrowserContext context = newContext();
        try {
            context.addInitScript(FIRST_ANSWER.formatted(jsString(placeId), jsString(answerText)));
            Page page = context.newPage();
            page.navigate(url);
            waitForPins(page);
            page.waitForFunction("() => window.__answerAt !== undefined", null,
                    new Page.WaitForFunctionOptions().setTimeout(60_000).setPollingInterval(50));
            return new Answer(((Number) page.evaluate("() => window.__pinsReadyAt")).doubleValue(),
                    ((Number) page.evaluate("() => window.__answerAt")).doubleValue());
        } finally {
            context.close();
        }
    }

    /** A JavaScript string literal of the text (JSON's escaping, which JavaScript reads alike). */
    private static String jsString(String text) {
        return new com.google.gson.Gson().toJson(text);
    }

    /**
     * What the embed asks of the server: the init request after the bootstrap page, the UIDL requests
     * the page sends while it opens (the navigation to the view among them), and a pin click's.
     */
    record Captured(@Nullable String initUrl, List<String> openingBodies, String uidlUrl, String clickBody) {
    }

    /**
     * Opens the embed in a real browser, moves the pointer over it (the view comes on the reader's first interaction),
     * clicks the view's first pin and records the requests Vaadin made; the reader stays open.
     */
    Captured capture(String url) {
        BrowserContext context = newContext();
        openReaders.add(context);
        Page page = context.newPage();
        List<Request> requests = new ArrayList<>();
        page.onRequest(requests::add);
        page.navigate(url);
        waitForPins(page);
        useTheMap(page);
        page.waitForLoadState(LoadState.NETWORKIDLE);
        // the map's element reports a chosen pin as its sa-choose event
        Request click = page.waitForRequest(r -> r.url().contains("v-r=uidl") && String.valueOf(r.postData()).contains("\"sa-choose\""),
                () -> page.locator(VIEW_PIN).first().click());
        // none when the bootstrap page carries the initial UIDL (Vaadin's eager server load)
        String init = requests.stream().map(Request::url).filter(u -> u.contains("v-r=init")).findFirst().orElse(null);
        List<String> opening = requests.stream().filter(r -> r.url().contains("v-r=uidl") && r != click)
                .map(Request::postData).toList();
        return new Captured(init, opening, click.url(), click.postData());
    }

    /** Opens a page and keeps it open (a reader who stays and uses the map), returning once the view's pins are there. */
    Page openReader(String url) {
        BrowserContext context = newContext();
        openReaders.add(context);
        Page page = context.newPage();
        page.navigate(url);
        waitForPins(page);
        useTheMap(page);
        return page;
    }

    /**
     * The reader moves the pointer over the page (the first interaction, on which the page starts Vaadin's client) and
     * the view's pins arrive; a page whose view came by itself (the baseline's) only gets the move.
     */
    private static void useTheMap(Page page) {
        page.mouse().move(20, 20);
        page.mouse().move(40, 40);
        page.waitForSelector(VIEW_PIN, new Page.WaitForSelectorOptions().setTimeout(60_000));
    }

    /** A pin of the view's map (not the first map's). */
    private static final String VIEW_PIN = ".sa-map-region .leaflet-marker-icon.sa-pin";

    /**
     * Records when the reader first moved the pointer ({@code __interactedAt}) and then polls every animation frame
     * until the view's map shows every pin, each ready as in {@link #PINS_READY} ({@code __viewReadyAt}), in
     * milliseconds since navigation start.
     */
    static final String VIEW_READY = """
            (() => {
              if (window.top !== window) return;
              const expected = %d;
              document.addEventListener('pointermove', () => { window.__interactedAt ??= performance.now(); }, { capture: true });
              const ready = READY;
              const check = () => {
                const pins = [...document.querySelectorAll('.sa-map-region .leaflet-marker-icon.sa-pin')];
                if (pins.length >= expected && pins.every(ready)) {
                  window.__viewReadyAt = performance.now();
                } else {
                  requestAnimationFrame(check);
                }
              };
              requestAnimationFrame(check);
            })();
            """.replace("READY", PIN_READY);

    /**
     * A cold load on a phone's profile where the reader looks until the page has loaded and the network is quiet, then
     * moves the pointer: when the first pins were ready, when the reader moved, when the view was ready (ms since
     * navigation start), and the bytes received before the move and in all.
     */
    record Interaction(double pinsMillis, double interactedMillis, double viewMillis, long bytesBefore, long bytes) {
    }

    /**
     * Loads the URL in a new context with the phone profile Lighthouse simulates, through CDP (150 ms round trip,
     * 1.6 Mbit/s down and 750 kbit/s up, 4x CPU slowdown; 412x823), waits for the first pins and for the network to
     * fall quiet, moves the pointer over the page and waits until the view is ready (see {@link #VIEW_READY}).
     */
    Interaction interaction(String url) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(412, 823));
        context.addInitScript(PINS_READY.formatted(expectedPins));
        context.addInitScript(VIEW_READY.formatted(expectedPins));
        try {
            Page page = context.newPage();
            CDPSession cdp = context.newCDPSession(page);
            AtomicLong bytes = countBytes(cdp);
            JsonObject network = new JsonObject();
            network.addProperty("offline", false);
            network.addProperty("latency", 150);
            network.addProperty("downloadThroughput", 1.6 * 1024 * 1024 / 8);
            network.addProperty("uploadThroughput", 750 * 1024 / 8.0);
            cdp.send("Network.emulateNetworkConditions", network);
            JsonObject cpu = new JsonObject();
            cpu.addProperty("rate", 4);
            cdp.send("Emulation.setCPUThrottlingRate", cpu);
            page.navigate(url);
            waitForPins(page);
            page.waitForLoadState(LoadState.NETWORKIDLE);
            long before = bytes.get();
            page.mouse().move(20, 20);
            page.mouse().move(40, 40);
            page.waitForFunction("() => window.__viewReadyAt !== undefined", null,
                    new Page.WaitForFunctionOptions().setTimeout(120_000).setPollingInterval(50));
            page.waitForLoadState(LoadState.NETWORKIDLE);
            Object interacted = page.evaluate("() => window.__interactedAt ?? null");
            double view = ((Number) page.evaluate("() => window.__viewReadyAt")).doubleValue();
            return new Interaction(((Number) page.evaluate("() => window.__pinsReadyAt")).doubleValue(),
                    interacted == null ? Double.NaN : ((Number) interacted).doubleValue(), view, before, bytes.get());
        } finally {
            context.close();
        }
    }

    /** The encoded bytes the page receives from now on, headers included (CDP's {@code Network.loadingFinished}), as they come. */
    private static AtomicLong countBytes(CDPSession cdp) {
        AtomicLong bytes = new AtomicLong();
        cdp.on("Network.loadingFinished", (JsonObject event) -> bytes.addAndGet(event.get("encodedDataLength").getAsLong()));
        cdp.send("Network.enable");
        return bytes;
    }

    private static void waitForPins(Page page) {
        try {
            page.waitForFunction("() => window.__pinsReadyAt !== undefined", null,
                    new Page.WaitForFunctionOptions().setTimeout(60_000).setPollingInterval(50));
        } catch (com.microsoft.playwright.TimeoutError e) {
            Object state = page.evaluate("() => [...document.querySelectorAll('.leaflet-marker-icon.sa-pin')].map(p => {"
                    + " const r = p.getBoundingClientRect(); const h = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                    + " return (p.dataset.place || p.title) + ' ' + Math.round(r.left) + ',' + Math.round(r.top) + ' ' + Math.round(r.width) + 'x'"
                    + " + Math.round(r.height) + ' hit ' + (h ? h.className : 'none'); }).join('; ')");
            throw new IllegalStateException("pins not ready on " + page.url() + ": " + state, e);
        }
    }

    private BrowserContext newContext() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1280, 800));
        context.addInitScript(PINS_READY.formatted(expectedPins));
        return context;
    }

    @Override
    public void close() {
        openReaders.forEach(BrowserContext::close);
        browser.close();
        playwright.close();
    }
}
