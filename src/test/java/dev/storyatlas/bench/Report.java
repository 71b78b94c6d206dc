package dev.storyatlas.bench;

import java.util.HashMap;
import java.util.Map;

/** Collects the benchmark's figures and renders them as one markdown table, each beside its budget. */
final class Report {

    private static final double KB = 1024;
    private static final double GB = 1024 * 1024 * 1024;

    private final Map<String, Samples> pinsMillis = new HashMap<>();
    private final Map<String, Samples> bytes = new HashMap<>();
    private final Map<String, Samples> requests = new HashMap<>();
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

    String table() {
        double floorMs = median(pinsMillis, "floor");
        double floorBytes = median(bytes, "floor");
        double embedMs = median(pinsMillis, "/embed");
        double embedBytes = median(bytes, "/embed");
        double fitting = (GB - heapBefore) / heapPerReader;
        double clickP95 = clicks.percentile(95);
        StringBuilder t = new StringBuilder();
        t.append("| measure | floor (bare Leaflet) | /embed | / (main view) | budget (/embed) | met |\n");
        t.append("|---|---|---|---|---|---|\n");
        t.append(String.format("| time to pins (visible and clickable; on /embed those of the first map), median of %d cold loads | %.0f ms | %.0f ms (%.2fx) | %.0f ms (%.2fx) | ≤ 1.5x floor | %s |%n",
                pinsMillis.getOrDefault("floor", new Samples()).count(), floorMs, embedMs, embedMs / floorMs,
                median(pinsMillis, "/"), median(pinsMillis, "/") / floorMs, mark(embedMs <= 1.5 * floorMs)));
        t.append(String.format("| bytes on the wire (encoded, headers included), median | %.1f KB, %.0f requests | %.1f KB (%.1fx), %.0f requests | %.1f KB (%.1fx), %.0f requests | ≤ 300 KB | %s |%n",
                floorBytes / KB, median(requests, "floor"), embedBytes / KB, embedBytes / floorBytes, median(requests, "/embed"),
                median(bytes, "/") / KB, median(bytes, "/") / floorBytes, median(requests, "/"), mark(embedBytes <= 300 * KB)));
        if (pinsMillis.containsKey("baseline /embed")) {
            t.append(String.format("| before/after: /embed of the baseline jar, same run | | %.0f ms (%.2fx), %.1f KB | | | |%n",
                    median(pinsMillis, "baseline /embed"), median(pinsMillis, "baseline /embed") / floorMs, median(bytes, "baseline /embed") / KB));
        }
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

    private static double median(Map<String, Samples> samples, String page) {
        return samples.getOrDefault(page, new Samples()).median();
    }

    private static String mark(boolean met) {
        return met ? "yes" : "**no**";
    }
}
