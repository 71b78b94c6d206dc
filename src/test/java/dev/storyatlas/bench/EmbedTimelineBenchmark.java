package dev.storyatlas.bench;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Where {@code /embed}'s time to pins goes: for each given jar, cold loads in turn (interleaved, one
 * warm-up round), and per phase the median milliseconds since navigation start, read from the
 * browser's navigation and resource timing entries and from DOM observers. Reports, asserts nothing.
 *
 * <p>{@code mvn -B -Pbenchmark surefire:test -Dtest=EmbedTimelineBenchmark -Dbench.timeline-jars=now=target/x.jar,before=/tmp/y.jar
 * -Dbench.rounds=7}; the default is the jar in {@code target/} alone. Each jar starts itself ({@code java -jar}) with the
 * production launch's JVM options and {@code bench.jvm-options}, as in {@link StoryAtlasBenchmark#jvmOptions()}.
 */
class EmbedTimelineBenchmark {

    /** Records when the map's container and the first pin of each map appear, and long tasks (Chromium's script records when every pin is clickable). */
    private static final String OBSERVE = """
            (() => {
              if (window.top !== window) return;
              window.__marks = {};
              window.__longTasks = [];
              try {
                new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__longTasks.push([e.startTime, e.duration])))
                  .observe({ type: 'longtask', buffered: true });
              } catch (e) { /* no long task timing */ }
              const mark = (name) => { if (window.__marks[name] === undefined) window.__marks[name] = performance.now(); };
              new MutationObserver(() => {
                if (document.querySelector('.leaflet-container')) mark('first Leaflet container');
                if (document.querySelector('.sa-pin')) mark('first pin in DOM');
                const first = document.querySelector('.sa-first-map');
                if (first && first.querySelector('.sa-pin') && window.__marks['first map: pin in DOM'] === undefined) {
                  mark('first map: pin in DOM');
                  const r = first.getBoundingClientRect();
                  Object.assign(window.__marks, { 'first map left': r.left, 'first map top': r.top, 'first map width': r.width, 'first map height': r.height });
                }
                if (document.querySelector('.sa-map:not(.sa-first-map)')) mark('server map: element');
                if (document.querySelector('.sa-map:not(.sa-first-map) .sa-pin')) mark('server map: pin in DOM');
              }).observe(document, { childList: true, subtree: true });
            })();
            """;

    /** The phases of one load, as a name to milliseconds map, computed in the page once the pins are ready. */
    private static final String PHASES = """
            () => {
              const out = {};
              const nav = performance.getEntriesByType('navigation')[0];
              out['html: first byte'] = nav.responseStart;
              out['html: last byte'] = nav.responseEnd;
              out['DOMContentLoaded'] = nav.domContentLoadedEventEnd;
              const resources = performance.getEntriesByType('resource');
              const bundle = resources.filter((r) => /\\/VAADIN\\/build\\//.test(r.name) || /\\.css(\\?|$)/.test(r.name));
              out['bundle/css all: last byte'] = Math.max(0, ...bundle.map((r) => r.responseEnd));
              out['bundle/css: KB'] = bundle.reduce((sum, r) => sum + r.encodedBodySize, 0) / 1024;
              const init = resources.find((r) => r.name.includes('v-r=init'));
              if (init) {
                out['init: sent'] = init.startTime;
                out['init: first byte'] = init.responseStart;
                out['init: last byte'] = init.responseEnd;
                out['init: server (request to first byte)'] = init.responseStart - init.requestStart;
              }
              // each file the page asked for before DOMContentLoaded: when its last byte came (hash left out of the name)
              for (const r of resources) {
                if (r.startTime < nav.domContentLoadedEventEnd && !r.name.includes('v-r=')) {
                  const file = r.name.replace(/[?#].*$/, '').replace(/^.*\\//, '').replace(/-[A-Za-z0-9_-]{8}(\\.[a-z]+)$/, '$1');
                  out['file ' + file + ': last byte'] = r.responseEnd;
                }
              }
              for (const p of performance.getEntriesByType('paint')) out[p.name] = p.startTime;
              const uidl = resources.filter((r) => r.name.includes('v-r=uidl'));
              if (uidl.length > 0) {
                const first = uidl[0];
                out['navigation UIDL: sent'] = first.startTime;
                out['navigation UIDL: first byte'] = first.responseStart;
                out['navigation UIDL: last byte'] = first.responseEnd;
                out['navigation UIDL: server (request to first byte)'] = first.responseStart - first.requestStart;
                out['navigation UIDL: KB'] = first.encodedBodySize / 1024;
                out['UIDL requests before pins'] = uidl.filter((r) => r.startTime < window.__pinsReadyAt).length;
              }
              for (const [name, at] of Object.entries(window.__marks)) out[name] = at;
              out['pins ready'] = window.__pinsReadyAt;
              const region = document.querySelector('.sa-map:not(.sa-first-map)');
              if (region) {
                const r = region.getBoundingClientRect();
                out['server map left'] = r.left; out['server map top'] = r.top; out['server map width'] = r.width; out['server map height'] = r.height;
              }
              const before = window.__longTasks.filter(([start]) => start < window.__pinsReadyAt);
              out['long tasks before pins: count'] = before.length;
              out['long tasks before pins: ms'] = before.reduce((sum, [, duration]) => sum + duration, 0);
              return out;
            }
            """;

    /** With {@code -Dbench.timeline-profile=true}, each load is profiled (V8 CPU profile) and the table gets the main thread's time per function. */
    private static final boolean PROFILE = Boolean.getBoolean("bench.timeline-profile");
    private static final int PROFILE_INTERVAL_MICROS = 200;

    private final int rounds = Integer.getInteger("bench.rounds", 7);
    private final String jars = System.getProperty("bench.timeline-jars", "now=target/story-atlas-0.1.0-SNAPSHOT.jar");
    /** One or more pages (comma-separated) loaded from each jar's server, e.g. {@code /embed,/bench-floor/index.html}. */
    private final List<String> pages = List.of(System.getProperty("bench.timeline-page", "/embed").split(","));
    private final int pins = Integer.getInteger("bench.timeline-pins", 7);
    private final int width = Integer.getInteger("bench.timeline-width", 1280);

    @Test
    void break_down_the_embed_load() throws Exception {
        Path work = Files.createDirectories(Path.of("target/benchmark"));
        Path floorRoot = work.resolve("static");
        FloorPage.prepare(floorRoot);
        Map<String, AtlasServer> servers = new LinkedHashMap<>();
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of(System.getenv().getOrDefault("STORYATLAS_CHROMIUM", "/usr/bin/chromium")))
                        .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                                "--disable-background-networking", "--disable-component-update", "--disable-sync")))) {
            for (String entry : jars.split(",")) {
                String[] parts = entry.split("=", 2);
                servers.put(parts[0], AtlasServer.start(Path.of(parts[1]), floorRoot, work.resolve("timeline-" + parts[0] + ".log"),
                        StoryAtlasBenchmark.jvmOptions(), List.of()));
            }
            // the floor page (/bench-floor/index.html) with the first server's pins
            FloorPage.write(floorRoot, FloorPage.pinsOf(HttpClient.newHttpClient(), servers.values().iterator().next().base(),
                    StoryAtlasBenchmark.STORY));
            Map<String, Map<String, List<Double>>> samples = new LinkedHashMap<>();
            Map<String, String> urls = new LinkedHashMap<>();
            servers.forEach((jar, server) -> pages.forEach(page ->
                    urls.put(pages.size() == 1 ? jar : jar + " " + page, server.base() + page)));
            List<String> names = new ArrayList<>(urls.keySet());
            for (int round = 0; round <= rounds; round++) {
                for (int i = 0; i < names.size(); i++) {
                    String name = names.get((i + round) % names.size());
                    Map<String, Double> phases = load(browser, pins, width, urls.get(name));
                    System.out.printf("round %d %-10s pins %6.0f ms%n", round, name, phases.get("pins ready"));
                    if (round > 0) {
                        phases.forEach((phase, ms) -> samples.computeIfAbsent(name, k -> new LinkedHashMap<>())
                                .computeIfAbsent(phase, k -> new ArrayList<>()).add(ms));
                    }
                }
            }
            StringBuilder table = new StringBuilder("\n| phase (median of " + rounds + ", ms since navigation start) |");
            names.forEach(name -> table.append(' ').append(name).append(" |"));
            table.append("\n|---|").append("---:|".repeat(names.size())).append('\n');
            Map<String, Boolean> phases = new LinkedHashMap<>();
            samples.values().forEach(byPhase -> byPhase.keySet().forEach(phase -> phases.put(phase, true)));
            for (String phase : phases.keySet()) {
                table.append("| ").append(phase).append(" |");
                for (String name : names) {
                    List<Double> values = samples.getOrDefault(name, Map.of()).get(phase);
                    table.append(values == null ? " – |" : String.format(" %.0f |", median(values)));
                }
                table.append('\n');
            }
            System.out.println(table);
            Files.writeString(work.resolve("timeline.md"), table.toString());
        } finally {
            for (AtlasServer server : servers.values()) {
                server.close();
            }
        }
    }

    private static Map<String, Double> load(Browser browser, int pins, int width, String url) {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(width, 800))) {
            context.addInitScript(OBSERVE);
            context.addInitScript(Chromium.PINS_READY.formatted(pins));
            Page tab = context.newPage();
            CDPSession profiler = null;
            if (PROFILE) {
                profiler = context.newCDPSession(tab);
                profiler.send("Profiler.enable");
                JsonObject interval = new JsonObject();
                interval.addProperty("interval", PROFILE_INTERVAL_MICROS);
                profiler.send("Profiler.setSamplingInterval", interval);
                profiler.send("Profiler.start");
            }
            tab.navigate(url);
            tab.waitForFunction("() => window.__pinsReadyAt !== undefined", null,
                    new Page.WaitForFunctionOptions().setTimeout(60_000).setPollingInterval(PROFILE ? 5 : 50));
            Map<String, Double> cpu = profiler == null ? Map.of() : selfTimes(profiler.send("Profiler.stop").getAsJsonObject("profile"));
            if (Boolean.getBoolean("bench.timeline-settle") && !url.contains(FloorPage.PATH)) {
                tab.waitForSelector(".sa-map:not(.sa-first-map) .sa-pin");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> raw = (Map<String, Object>) tab.evaluate(PHASES);
            if (Boolean.getBoolean("bench.timeline-resources")) {
                System.out.println(tab.evaluate("() => performance.getEntriesByType('resource').map((r) => Math.round(r.startTime) + ' '"
                        + " + Math.round(r.responseStart) + ' ' + Math.round(r.responseEnd) + ' ' + r.encodedBodySize + ' ' + r.initiatorType + ' '"
                        + " + r.name.replace(location.origin, '')).join('\\n')"));
            }
            Map<String, Double> phases = new LinkedHashMap<>();
            raw.forEach((name, value) -> phases.put(name, ((Number) value).doubleValue()));
            phases.putAll(cpu);
            return phases;
        }
    }

    /**
     * The page's main-thread time until the pins were ready (and a few ms more), per function of at
     * least 2 ms, from a V8 CPU profile: "cpu ms: name file:line" to milliseconds. Time in style and
     * layout that a script forces counts for that script's function; V8's {@code (program)} is the
     * browser's own work outside scripts and {@code (idle)} is waiting, kept for scale.
     */
    private static Map<String, Double> selfTimes(JsonObject profile) {
        Map<String, Double> byFunction = new LinkedHashMap<>();
        for (JsonElement element : profile.getAsJsonArray("nodes")) {
            JsonObject node = element.getAsJsonObject();
            JsonObject frame = node.getAsJsonObject("callFrame");
            String file = frame.get("url").getAsString().replaceAll("^.*/", "").replaceAll("-[A-Za-z0-9_-]{8}\\.js$", ".js");
            String name = "cpu ms: " + (frame.get("functionName").getAsString().isEmpty() ? "(anonymous)" : frame.get("functionName").getAsString())
                    + (file.isEmpty() ? "" : " " + file + ":" + (frame.get("lineNumber").getAsInt() + 1) + ":" + (frame.get("columnNumber").getAsInt() + 1));
            byFunction.merge(name, node.get("hitCount").getAsInt() * PROFILE_INTERVAL_MICROS / 1000.0, Double::sum);
        }
        byFunction.values().removeIf(ms -> ms < 2);
        return byFunction;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
