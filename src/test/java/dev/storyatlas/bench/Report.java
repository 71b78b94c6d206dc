package dev.storyatlas.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Collects the benchmark's figures and renders them as one markdown table, each beside its budget. */
final class Report {
    /** The proposed budget for an article's total blocking time with the map in it (Lighthouse, phone profile). */
    private static final double HOST_PAGE_TBT = 50;

    private static final double KB = 1024;
    private static final double GB = 1024 * 1024 * 1024;

    private final Map<String, Samples> pinsMillis = new HashMap<>();
    private final Map<String, Samples> bytes = new HashMap<>();
    private final Map<String, Samples> requests = new HashMap<>();
    private final Map<String, Samples> pinsBytes = new HashMap<>();
    private final Map<String, Map<String, Samples>> lighthouse = new HashMap<>();
    private final Map<String, Set<String>> failedAccessibility = new HashMap<>();
    private final Map<String, Samples> answerPins = new HashMap<>();
    private final Map<String, Samples> answerMillis = new HashMap<>();
    private final Map<String, Map<String, Samples>> interactions = new HashMap<>();
    private final Samples readyMillis = new Samples();
    private final Samples springStarted = new Samples();
    private final Samples aotReadyMillis = new Samples();
    private final Samples aotSpringStarted = new Samples();
    private long heapBefore;
    private long heapAfter;
    private int heapReaders;
    private double heapPerReader = Double.NaN;
    private Samples clicks = new Samples();
    private int clickFailures;
    private int clickReaders;
    private double perSecond = Double.NaN;
    private Samples openLatency = new Samples();
    private int openFailures;
    private double initPerSecond = Double.NaN;
    private Samples initLatency = new Samples();
    private int initFailures;
    private int connections;
    private double rateSeconds;
    private int rateWarmUpSeconds;

    void startup(boolean aot, long readyMillis, double springStartedSeconds) {
        (aot ? aotReadyMillis : this.readyMillis).add(readyMillis);
        (aot ? aotSpringStarted : springStarted).add(springStartedSeconds);
    }

    void load(String page, Chromium.Load load) {
        pinsMillis.computeIfAbsent(page, p -> new Samples()).add(load.pinsMillis());
        bytes.computeIfAbsent(page, p -> new Samples()).add(load.bytes());
        requests.computeIfAbsent(page, p -> new Samples()).add(load.requests());
        pinsBytes.computeIfAbsent(page, p -> new Samples()).add(load.pinsBytes());
    }

    void lighthouse(String page, Lighthouse.Result result) {
        Map<String, Samples> figures = lighthouse.computeIfAbsent(page, p -> new HashMap<>());
        figures.computeIfAbsent("performance", f -> new Samples()).add(result.performance());
        figures.computeIfAbsent("fcp", f -> new Samples()).add(result.firstContentfulPaint());
        figures.computeIfAbsent("lcp", f -> new Samples()).add(result.largestContentfulPaint());
        figures.computeIfAbsent("tbt", f -> new Samples()).add(result.totalBlockingTime());
        figures.computeIfAbsent("bytes", f -> new Samples()).add(result.bytes());
        figures.computeIfAbsent("accessibility", f -> new Samples()).add(result.accessibility());
        figures.computeIfAbsent("cls", f -> new Samples()).add(result.layoutShift());
        failedAccessibility.computeIfAbsent(page, p -> new TreeSet<>()).addAll(result.failedAccessibilityAudits());
    }

    /** A cold load with a click at the first pins: when the pins were ready and when the answer showed (NaN: not asked). */
    void answer(String page, double pinsMillis, double answerMillis) {
        answerPins.computeIfAbsent(page, p -> new Samples()).add(pinsMillis);
        if (!Double.isNaN(answerMillis)) {
            this.answerMillis.computeIfAbsent(page, p -> new Samples()).add(answerMillis);
        }
    }

    /** A throttled cold load where the reader moved the pointer once the page was quiet (see {@link Chromium#interaction}). */
    void interaction(String page, Chromium.Interaction load) {
        Map<String, Samples> figures = interactions.computeIfAbsent(page, p -> new HashMap<>());
        figures.computeIfAbsent("view", f -> new Samples()).add(load.viewMillis());
        figures.computeIfAbsent("after move", f -> new Samples()).add(load.viewMillis() - load.interactedMillis());
        figures.computeIfAbsent("bytes before", f -> new Samples()).add(load.bytesBefore());
        figures.computeIfAbsent("bytes", f -> new Samples()).add(load.bytes());
    }

    /**
     * The time readers wait for the view now that it comes on their first interaction: from the pointer's first move
     * to the view's pins, on the phone profile; and the bytes a reader who only looks gets and those after the move.
     */
    String interactions() {
        if (!interactions.containsKey("/embed")) {
            return "";
        }
        StringBuilder t = new StringBuilder();
        t.append(String.format("The view on the first interaction: cold loads with CDP's phone profile (150 ms round trip, 1.6 Mbit/s, 4x CPU "
                + "slowdown, 412x823), the reader moves the pointer once the page is quiet (network idle), median of %d%n%n",
                interactions.get("/embed").get("view").count()));
        t.append("| measure | /embed | / (main view) | baseline /embed |\n|---|---|---|---|\n");
        t.append(String.format("| from the pointer's first move until the view's pins are ready | %s | %s | %s |%n",
                afterMove("/embed"), afterMove("/"), afterMove("baseline /embed")));
        t.append(String.format("| the view's pins ready, from navigation start | %.0f ms | %.0f ms | %.0f ms |%n",
                interaction("/embed", "view"), interaction("/", "view"), interaction("baseline /embed", "view")));
        t.append(String.format("| bytes before the move (a reader who only looks) | %.1f KB | %.1f KB | %.1f KB |%n",
                interaction("/embed", "bytes before") / KB, interaction("/", "bytes before") / KB, interaction("baseline /embed", "bytes before") / KB));
        t.append(String.format("| bytes in all, the view included | %.1f KB | %.1f KB | %.1f KB |%n",
                interaction("/embed", "bytes") / KB, interaction("/", "bytes") / KB, interaction("baseline /embed", "bytes") / KB));
        return t.toString();
    }

    private double interaction(String page, String figure) {
        return interactions.getOrDefault(page, Map.of()).getOrDefault(figure, new Samples()).median();
    }

    /** The time from the move to the view, or that the view was there before the move (a build that does not wait). */
    private String afterMove(String page) {
        double millis = interaction(page, "after move");
        if (Double.isNaN(millis)) {
            return "";
        }
        return millis < 0 ? "none: the view was there before the move" : String.format("%.0f ms", millis);
    }

    void heap(long before, long after, int readers, double perReader) {
        heapBefore = before;
        heapAfter = after;
        heapReaders = readers;
        heapPerReader = perReader;
    }

    void clicks(Samples latencies, int failures, int readers) {
        clickReaders = readers;
        clicks = latencies;
        clickFailures = failures;
    }

    /** How long the same load ran, unmeasured, before each readers-per-second measurement. */
    void rateWarmUp(int seconds) {
        rateWarmUpSeconds = seconds;
    }


    void rate(boolean navigate, double perSecond, Samples latencies, int failures, int connections, double seconds) {
        if (!navigate) {
            initPerSecond = perSecond;
            initLatency = latencies;
            initFailures = failures;
            return;
        }
        this.perSecond = perSecond;
        openLatency = latencies;
        openFailures = failures;
        this.connections = connections;
        rateSeconds = seconds;
    }

    /** The page loads' lines: time to pins, bytes, time to the first answer, with the table's header. */
    String pageTable() {
        double floorMs = median(pinsMillis, "floor");
        double floorBytes = median(bytes, "floor");
        double embedMs = median(pinsMillis, "/embed");
        double embedBytes = median(bytes, "/embed");
        StringBuilder t = new StringBuilder();
        t.append("| measure | floor (bare Leaflet) | /embed | / (main view) | budget (/embed) | met |\n");
        t.append("|---|---|---|---|---|---|\n");
        t.append(String.format("| time to pins (visible and clickable; on /embed those of the first map), median of %d cold loads | %.0f ms | %.0f ms (%.2fx) | %.0f ms (%.2fx) | ≤ 1.5x floor | %s |%n",
                pinsMillis.getOrDefault("floor", new Samples()).count(), floorMs, embedMs, embedMs / floorMs,
                median(pinsMillis, "/"), median(pinsMillis, "/") / floorMs, marks(embedMs <= 1.5 * floorMs, median(pinsMillis, "/") <= 1.5 * floorMs)));
        t.append(String.format("| bytes on the wire (encoded, headers included), median | %.1f KB, %.0f requests | %.1f KB (%.1fx), %.0f requests | %.1f KB (%.1fx), %.0f requests | ≤ 300 KB | %s |%n",
                floorBytes / KB, median(requests, "floor"), embedBytes / KB, embedBytes / floorBytes, median(requests, "/embed"),
                median(bytes, "/") / KB, median(bytes, "/") / floorBytes, median(requests, "/"), mark(embedBytes <= 300 * KB)));
        double floorPinsBytes = median(pinsBytes, "floor");
        double embedPinsBytes = median(pinsBytes, "/embed");
        t.append(String.format("| bytes complete when the pins are ready (Resource Timing transfer sizes), median | %.1f KB | %.1f KB (%.2fx) | %.1f KB (%.2fx) | ≤ 1.3x floor | %s |%n",
                floorPinsBytes / KB, embedPinsBytes / KB, embedPinsBytes / floorPinsBytes, median(pinsBytes, "/") / KB,
                median(pinsBytes, "/") / floorPinsBytes, marks(embedPinsBytes <= 1.3 * floorPinsBytes, median(pinsBytes, "/") <= 1.3 * floorPinsBytes)));
        t.append(String.format("| total bytes on the wire, thin-pipe budget | | %.1f KB | %.1f KB | ≤ 200 KB | %s |%n",
                embedBytes / KB, median(bytes, "/") / KB, marks(embedBytes <= 200 * KB, median(bytes, "/") <= 200 * KB)));
        if (answerMillis.containsKey("/embed")) {
            double floorAnswerPins = median(answerPins, "floor");
            double embedAnswer = median(answerMillis, "/embed");
            t.append(String.format("| time to the first answer (click %s at the first pins until its first item shows; floor: time to pins), median of %d cold loads, unthrottled | %.0f ms | %.0f ms (%.2fx; pins %.0f ms) | %.0f ms (%.2fx; pins %.0f ms) | ≤ 2x floor's pins | %s |%n",
                    MobileProfile.PLACE, answerMillis.get("/embed").count(), floorAnswerPins, embedAnswer, embedAnswer / floorAnswerPins,
                    median(answerPins, "/embed"), median(answerMillis, "/"), median(answerMillis, "/") / floorAnswerPins,
                    median(answerPins, "/"), marks(embedAnswer <= 2 * floorAnswerPins, median(answerMillis, "/") <= 2 * floorAnswerPins)));
        }
        if (answerMillis.containsKey("baseline /embed")) {
            t.append(String.format("| before/after: the baseline's /embed, time to the first answer, same run | | %.0f ms (%.2fx) | | | |%n",
                    median(answerMillis, "baseline /embed"), median(answerMillis, "baseline /embed") / median(answerPins, "floor")));
        }
        if (pinsMillis.containsKey("baseline /embed")) {
            t.append(String.format("| before/after: /embed of the baseline jar, same run | | %.0f ms (%.2fx), %.1f KB | | | |%n",
                    median(pinsMillis, "baseline /embed"), median(pinsMillis, "baseline /embed") / floorMs, median(bytes, "baseline /embed") / KB));
        }
        return t.toString();
    }

    /** Every line: the page loads' and the server's. */
    String table() {
        double fitting = (GB - heapBefore) / heapPerReader;
        double clickP95 = clicks.percentile(95);
        StringBuilder t = new StringBuilder(pageTable());
        t.append(String.format("| heap per open embed reader (after full GC, %d readers) | | %.1f KB | | ≤ 50 KB | %s |%n",
                heapReaders, heapPerReader / KB, mark(heapPerReader <= 50 * KB)));
        t.append(String.format("| open embed readers in a 1 GB heap (baseline %.0f MB) | | %,.0f | | ≥ 15,000 | %s |%n",
                heapBefore / KB / KB, fitting, mark(fitting >= 15_000)));
        t.append(String.format("| new readers per second (bootstrap, init, navigation; %d connections, %.0f s after a %d s warm-up; %d failed) | | %.0f/s (p50 %.1f ms, p99 %.1f ms) | | ≥ 600/s | %s |%n",
                connections, rateSeconds, rateWarmUpSeconds, openFailures, perSecond, openLatency.percentile(50), openLatency.percentile(99), mark(perSecond >= 600)));
        t.append(String.format("| new sessions and UIs per second (bootstrap and init only, no view built; %d connections, %.0f s after a %d s warm-up; %d failed) | | %.0f/s (p50 %.1f ms, p99 %.1f ms) | | ≥ 600/s | %s |%n",
                connections, rateSeconds, rateWarmUpSeconds, initFailures, initPerSecond, initLatency.percentile(50), initLatency.percentile(99), mark(initPerSecond >= 600)));
        t.append(String.format("| pin click round trip, %d readers clicking once a second (%d clicks, %d failed) | | p50 %.1f ms, p95 %.1f ms, p99 %.1f ms | | p95 ≤ 50 ms | %s |%n",
                clickReaders, clicks.count(), clickFailures, clicks.percentile(50), clickP95, clicks.percentile(99), mark(clickP95 <= 50)));
        double ready = readyMillis.median();
        if (aotReadyMillis.count() > 0) {
            double aot = aotReadyMillis.median();
            t.append(String.format("| start-up of the production launch (`./atlas serve`: the extracted jar on its AOT cache) until /actuator/health answers 200, median of %d | | %.2f s (Spring's \"Started in\": %.2f s) | | ≤ 4 s | %s |%n",
                    aotReadyMillis.count(), aot / 1000.0, aotSpringStarted.median(), mark(aot <= 4000)));
            t.append(String.format("| for comparison: start-up of the jar itself (`java -jar`), in turn with the above | | %.2f s (Spring's \"Started in\": %.2f s) | | | |%n",
                    ready / 1000.0, springStarted.median()));
        } else {
            t.append(String.format("| start-up of the jar (`java -jar`; this JDK has no AOT cache) until /actuator/health answers 200, median of %d | | %.2f s (Spring's \"Started in\": %.2f s) | | ≤ 4 s | %s |%n",
                    readyMillis.count(), ready / 1000.0, springStarted.median(), mark(ready <= 4000)));
        }
        return t.toString();
    }

    /** Lighthouse's figures side by side (median of the runs of each page); empty when Lighthouse did not run. */
    String phones() {
        if (!lighthouse.containsKey("/embed")) {
            return "";
        }
        int runs = lighthouse.get("/embed").get("performance").count();
        double floorLcp = phone("floor", "lcp");
        double embedLcp = phone("/embed", "lcp");
        StringBuilder t = new StringBuilder();
        t.append(String.format("Phones: Lighthouse %s, mobile defaults (simulated Slow 4G: 150 ms RTT, 1.6 Mbit/s; 4x CPU slowdown; 412x823), median of %d runs per page, pages in turn%n%n",
                Lighthouse.VERSION, runs));
        t.append("| measure | floor (bare Leaflet) | /embed | / (main view) | budget (/embed; / the same) | met |\n");
        t.append("|---|---|---|---|---|---|\n");
        t.append(String.format("| performance score | %.0f | %.0f | %.0f | ≥ 98 | %s |%n", phone("floor", "performance"),
                phone("/embed", "performance"), phone("/", "performance"), marks(phone("/embed", "performance") >= 98, phone("/", "performance") >= 98)));
        t.append(String.format("| first contentful paint | %.0f ms | %.0f ms | %.0f ms | | |%n", phone("floor", "fcp"),
                phone("/embed", "fcp"), phone("/", "fcp")));
        t.append(String.format("| largest contentful paint | %.0f ms | %.0f ms (%.2fx) | %.0f ms (%.2fx) | ≤ 1.3x floor | %s |%n", floorLcp,
                embedLcp, embedLcp / floorLcp, phone("/", "lcp"), phone("/", "lcp") / floorLcp, marks(embedLcp <= 1.3 * floorLcp, phone("/", "lcp") <= 1.3 * floorLcp)));
        t.append(String.format("| total blocking time | %.0f ms | %.0f ms | %.0f ms | ≤ 50 ms | %s |%n", phone("floor", "tbt"),
                phone("/embed", "tbt"), phone("/", "tbt"), marks(phone("/embed", "tbt") <= 50, phone("/", "tbt") <= 50)));
        t.append(String.format("| bytes (Lighthouse's total byte weight) | %.1f KB | %.1f KB | %.1f KB | ≤ 200 KB | %s |%n", phone("floor", "bytes") / KB,
                phone("/embed", "bytes") / KB, phone("/", "bytes") / KB, marks(phone("/embed", "bytes") <= 200 * KB, phone("/", "bytes") <= 200 * KB)));
        t.append(String.format("| accessibility score (audits failed in any run) | %.0f %s | %.0f %s | %.0f %s | 100 | %s |%n",
                phone("floor", "accessibility"), failed("floor"), phone("/embed", "accessibility"), failed("/embed"),
                phone("/", "accessibility"), failed("/"),
                marks(phone("/embed", "accessibility") >= 100, phone("/", "accessibility") >= 100)));
        if (lighthouse.containsKey("baseline /embed")) {
            t.append(String.format("| before/after: /embed of the baseline, same run | | performance %.0f, FCP %.0f ms, LCP %.0f ms (%.2fx), TBT %.0f ms, %.1f KB, accessibility %.0f | | | |%n",
                    phone("baseline /embed", "performance"), phone("baseline /embed", "fcp"), phone("baseline /embed", "lcp"),
                    phone("baseline /embed", "lcp") / floorLcp, phone("baseline /embed", "tbt"), phone("baseline /embed", "bytes") / KB,
                    phone("baseline /embed", "accessibility")));
        }
        t.append(String.format("| cumulative layout shift | %.3f | %.3f | %.3f | | |%n", phone("floor", "cls"),
                phone("/embed", "cls"), phone("/", "cls")));
        t.append(hostPages());
        return t.toString();
    }

    /**
     * A news site's articles with the map (HostSite), Lighthouse as above: what the embed costs the page it sits in.
     * Phones run a cross-site frame in the page's process, so its tasks block the article's main thread; desktop
     * Chromium isolates it, and Lighthouse then sees the article's own tasks only.
     */
    private String hostPages() {
        String host = MobileProfile.HOST_PAGE;
        String isolated = MobileProfile.ISOLATED_HOST_PAGE;
        String element = MobileProfile.ELEMENT_PAGE;
        if (!lighthouse.containsKey(host)) {
            return "";
        }
        StringBuilder t = new StringBuilder("\nThe map in a news site's article (another origin), Lighthouse as above; frame and page in one process as on Android, unless said\n\n");
        t.append("| measure | /embed alone | article with iframe + embed.js | the same, frame isolated (desktop Chromium) | article with the element | budget (articles) | met |\n");
        t.append("|---|---|---|---|---|---|---|\n");
        t.append(String.format("| performance score | %.0f | %.0f | %.0f | %.0f | | |%n", phone("/embed", "performance"), phone(host, "performance"),
                phone(isolated, "performance"), phone(element, "performance")));
        t.append(String.format("| first contentful paint | %.0f ms | %.0f ms | %.0f ms | %.0f ms | | |%n", phone("/embed", "fcp"), phone(host, "fcp"),
                phone(isolated, "fcp"), phone(element, "fcp")));
        t.append(String.format("| largest contentful paint | %.0f ms | %.0f ms | %.0f ms | %.0f ms | | |%n", phone("/embed", "lcp"), phone(host, "lcp"),
                phone(isolated, "lcp"), phone(element, "lcp")));
        t.append(String.format("| total blocking time | %.0f ms | %.0f ms | %.0f ms | %.0f ms | target ≤ %.0f ms (proposed; not yet a budget line) | %s (element: %s) |%n", phone("/embed", "tbt"),
                phone(host, "tbt"), phone(isolated, "tbt"), phone(element, "tbt"), HOST_PAGE_TBT, mark(phone(host, "tbt") <= HOST_PAGE_TBT),
                mark(phone(element, "tbt") <= HOST_PAGE_TBT)));
        t.append(String.format("| cumulative layout shift | %.3f | %.3f | %.3f | %.3f | ≤ 0.01 | %s (element: %s) |%n", phone("/embed", "cls"),
                phone(host, "cls"), phone(isolated, "cls"), phone(element, "cls"), mark(phone(host, "cls") <= 0.01),
                mark(phone(element, "cls") <= 0.01)));
        if (lighthouse.containsKey(MobileProfile.BASELINE_HOST_PAGE)) {
            String before = MobileProfile.BASELINE_HOST_PAGE;
            t.append(String.format("| before/after: the iframe's article with the baseline's embed, same run | | performance %.0f, LCP %.0f ms, TBT %.0f ms, CLS %.3f | | | | |%n",
                    phone(before, "performance"), phone(before, "lcp"), phone(before, "tbt"), phone(before, "cls")));
        }
        t.append(String.format("| bytes (Lighthouse's total byte weight: the article's and the frame's) | | %.1f KB | %.1f KB | %.1f KB | | |%n",
                phone(host, "bytes") / KB, phone(isolated, "bytes") / KB, phone(element, "bytes") / KB));
        return t.toString();
    }

    private double phone(String page, String figure) {
        return lighthouse.getOrDefault(page, Map.of()).getOrDefault(figure, new Samples()).median();
    }

    private String failed(String page) {
        Set<String> audits = failedAccessibility.getOrDefault(page, Set.of());
        return audits.isEmpty() ? "" : "(" + String.join(", ", audits) + ")";
    }

    private static double median(Map<String, Samples> samples, String page) {
        return samples.getOrDefault(page, new Samples()).median();
    }

    /** Whether /embed meets its budget line, and whether the main view meets the same line (issue 16.7). */
    private static String marks(boolean embed, boolean main) {
        return mark(embed) + " (/: " + mark(main) + ")";
    }

    private static String mark(boolean met) {
        return met ? "yes" : "**no**";
    }
}
