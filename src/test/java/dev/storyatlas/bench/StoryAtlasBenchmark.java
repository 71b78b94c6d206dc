package dev.storyatlas.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 6's benchmark: the production jar against a bare-Leaflet floor page served by the same
 * server, in one run. It measures time to pins and bytes on the wire (cold cache, interleaved), heap
 * per open embed reader, new readers per second, pin-click round trips under load and start-up time,
 * the time to the first answer and Lighthouse's mobile profile ({@link MobileProfile}),
 * and prints markdown tables with the budget beside each figure. It asserts nothing about timing:
 * this machine is shared, so figures are reported, not enforced.
 *
 * <p>Run with {@code ./atlas bench}; surefire does not pick up {@code *Benchmark} classes otherwise.
 * System properties (defaults): {@code bench.rounds} (10), {@code bench.readers} (2000),
 * {@code bench.click-readers} (200), {@code bench.click-seconds} (15), {@code bench.rate-seconds} (20),
 * {@code bench.rate-warm-up} (30: seconds of the same load, unmeasured, before each readers-per-second figure),
 * {@code bench.connections} (8), {@code bench.starts} (3: start-ups to take the median of), {@code bench.lighthouse-runs} (5 per page;
 * 0 leaves Lighthouse out), {@code bench.answer-rounds} (9 cold loads per page for the time to the first answer; 0 leaves it out),
 * {@code bench.view-rounds} (5 throttled cold loads per page for the time from the first interaction to the view; 0 leaves it out), {@code bench.jvm-options} (none
 * beyond the production launch's, {@code src/main/deploy/jvm.options}; {@code bench.production-options=false} leaves those out)
 * and {@code bench.app-args} (none: the jar's
 * default configuration; for trying a change before making it, e.g. {@code -Dbench.app-args=--vaadin.eagerServerLoad=true}),
 * {@code bench.baseline-jar} (none: another build of the jar whose {@code /embed} joins the interleaved page loads, for before/after),
 * {@code bench.baseline-args} (none: further arguments of the baseline server, which is this jar when no baseline jar is
 * named, e.g. {@code -Dbench.baseline-args=--storyatlas.platform.held-back-lumo=false} to see a workaround's worth),
 * {@code bench.heap-dump} (none: a file to write a heap dump to with all heap readers open, for finding what a reader holds).
 */
class StoryAtlasBenchmark {

    static final String STORY = "taz-2024-10-nordkorea-soldaten";
    private static final double KB = 1024;

    private final int rounds = Integer.getInteger("bench.rounds", 10);
    private final int heapReaders = Integer.getInteger("bench.readers", 2000);
    private final int clickReaders = Integer.getInteger("bench.click-readers", 200);
    private final int clickSeconds = Integer.getInteger("bench.click-seconds", 15);
    private final int rateSeconds = Integer.getInteger("bench.rate-seconds", 20);
    private final int rateWarmUpSeconds = Integer.getInteger("bench.rate-warm-up", 30);
    private final int connections = Integer.getInteger("bench.connections", 8);
    private final int starts = Integer.getInteger("bench.starts", 3);
    private final int lighthouseRuns = Integer.getInteger("bench.lighthouse-runs", 5);
    private final int answerRounds = Integer.getInteger("bench.answer-rounds", 9);
    private final int viewRounds = Integer.getInteger("bench.view-rounds", 5);
    private final @Nullable String baselineJar = System.getProperty("bench.baseline-jar");
    private final List<String> baselineArguments = words(System.getProperty("bench.baseline-args", ""));
    private final @Nullable String heapDump = System.getProperty("bench.heap-dump");
    private final List<String> jvmOptions = jvmOptions();
    private final List<String> appArguments = words(System.getProperty("bench.app-args", ""));

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** The simulated readers' client: as many kept-alive connections as the click phase has readers at most. */
    private final ReaderHttp readerHttp = new ReaderHttp(Math.max(connections, clickReaders));

    @AfterEach
    void closeReaderConnections() throws IOException {
        readerHttp.close();
    }

    @Test
    void measure_the_embed_against_the_floor() throws Exception {
        long runStarted = System.nanoTime();
        Path work = Files.createDirectories(Path.of("target/benchmark"));
        Path floorRoot = work.resolve("static");
        FloorPage.prepare(floorRoot);
        Report report = new Report();
        Optional<AotCache.Launch> aot = startUps(jar(), floorRoot, work, report);
        // everything else is measured on the production launch (./atlas serve)
        try (HostSite host = HostSite.start();
                AtlasServer server = startLaunch(aot, jar(), floorRoot, work.resolve("server.log"), withHostSite(List.of(), host))) {
            log("ready after %d ms; Spring: %s", server.readyMillis, server.springStartedLine());
            List<FloorPage.Pin> pins = FloorPage.pinsOf(http, server.base(), STORY);
            FloorPage.write(floorRoot, pins);
            try (Chromium chromium = new Chromium(pins.size())) {
                // the baseline joins the page loads only, launched the same way, and is stopped before the load phases
                Path baselineBuild = baselineJar != null ? Path.of(baselineJar) : baselineArguments.isEmpty() ? null : jar();
                try (AtlasServer baseline = baselineBuild == null ? null : startLaunch(
                        AotCache.prepare(baselineBuild, work.resolve("aot-baseline"), jvmOptions), baselineBuild,
                        floorRoot, work.resolve("baseline.log"), baselineArguments)) {
                    pageLoads(rounds, chromium, server, baseline, report);
                    MobileProfile mobile = new MobileProfile(http, lighthouseRuns, answerRounds, viewRounds);
                    mobile.firstAnswers(chromium, server, baseline, STORY, report);
                    mobile.interactions(chromium, server, baseline, report);
                    mobile.lighthouse(server, baseline, host, work, report);
                }
                Chromium.Captured captured = chromium.capture(server.base() + "/embed");
                log("captured init %s", captured.initUrl());
                captured.openingBodies().forEach(body -> log("captured opening %s", body));
                log("captured click %s %s", captured.uidlUrl(), captured.clickBody());
                heap(chromium, server, captured, report);
                clicks(server, captured, pins, report);
                rate(server, captured, true, report);
                rate(server, captured, false, report);
            }
        }
        String summary = report.table() + "\n" + report.phones() + "\n" + report.interactions() + "\n" + machine() + "\nServer: " + (aot.isPresent() ? "the extracted jar on its AOT cache" : "the jar") + ", JVM options "
                + String.join(" ", jvmOptions) + (baselineArguments.isEmpty() ? "" : "\nBaseline: " + (baselineJar == null ? "this jar" : baselineJar)
                + " with " + String.join(" ", baselineArguments)) + "\nRun time: "
                + Duration.ofNanos(System.nanoTime() - runStarted).toSeconds() + " s\n";
        Files.writeString(work.resolve("summary.md"), summary);
        System.out.println("\n" + summary);
    }

    /**
     * Starts the jar {@code starts} times, in turn with the extracted jar on the JDK's AOT cache when the JDK has one;
     * returns how to start the latter.
     */
    private Optional<AotCache.Launch> startUps(Path jar, Path floorRoot, Path work, Report report) throws Exception {
        Optional<AotCache.Launch> aot = AotCache.prepare(jar, work.resolve("aot"), jvmOptions);
        for (int i = 1; i <= starts; i++) {
            try (AtlasServer server = AtlasServer.start(jar, floorRoot, work.resolve("server.log"), jvmOptions, appArguments)) {
                report.startup(false, server.readyMillis, server.springStartedSeconds());
                log("start %d, jar: ready after %d ms; Spring: %s", i, server.readyMillis, server.springStartedLine());
            }
            if (aot.isPresent()) {
                try (AtlasServer server = startLaunch(aot, jar, floorRoot, work.resolve("server-aot.log"))) {
                    report.startup(true, server.readyMillis, server.springStartedSeconds());
                    log("start %d, extracted with AOT cache: ready after %d ms; Spring: %s", i, server.readyMillis, server.springStartedLine());
                }
            }
        }
        return aot;
    }

    /** Starts a build as the production launch does: the extracted jar on its AOT cache, or the jar itself without one. */
    private AtlasServer startLaunch(Optional<AotCache.Launch> aot, Path jar, Path floorRoot, Path log) throws IOException, InterruptedException {
        return startLaunch(aot, jar, floorRoot, log, List.of());
    }

    /** As {@link #startLaunch(Optional, Path, Path, Path)}, with further app arguments after {@code bench.app-args}. */
    private AtlasServer startLaunch(Optional<AotCache.Launch> aot, Path jar, Path floorRoot, Path log, List<String> moreArguments)
            throws IOException, InterruptedException {
        List<String> options = new ArrayList<>(jvmOptions);
        aot.ifPresent(launch -> options.add(launch.option()));
        List<String> arguments = new ArrayList<>(appArguments);
        arguments.addAll(moreArguments);
        return AtlasServer.start(aot.map(AotCache.Launch::jar).orElse(jar), floorRoot, log, options, arguments);
    }

    /** Loads floor, /embed and / (and the baseline's /embed) in turn, the order rotating each round, one warm-up round first. */
    static void pageLoads(int rounds, Chromium chromium, AtlasServer server, @Nullable AtlasServer baseline, Report report) {
        Map<String, String> pages = pages(server, baseline);
        List<String> names = new ArrayList<>(pages.keySet());
        for (int round = 0; round <= rounds; round++) {
            for (int i = 0; i < names.size(); i++) {
                String name = names.get((i + round) % names.size());
                Chromium.Load load = chromium.load(pages.get(name));
                if (round > 0) {
                    report.load(name, load);
                }
                log("round %d %-15s %6.0f ms %8d bytes %3d requests; %d bytes before pins, asked for %s", round, name, load.pinsMillis(),
                        load.bytes(), load.requests(), load.pinsBytes(), load.beforePins());
            }
        }
    }

    /** The app's arguments with the host site's origin allowed to embed the element, after any {@code bench.app-args}. */
    static List<String> withHostSite(List<String> arguments, HostSite host) {
        List<String> all = new ArrayList<>(arguments);
        all.add("--storyatlas.embed.allowed-origins=" + host.origin());
        return all;
    }

    /** The pages every page measure compares, by their name in the report: floor, /embed, / and the baseline's /embed. */
    static Map<String, String> pages(AtlasServer server, @Nullable AtlasServer baseline) {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("floor", server.base() + FloorPage.PATH + "index.html");
        pages.put("/embed", server.base() + "/embed");
        pages.put("/", server.base() + "/");
        if (baseline != null) {
            pages.put("baseline /embed", baseline.base() + "/embed");
        }
        return pages;
    }

    /** Heap after a full GC with a few browser readers and warm-up readers, then with {@code heapReaders} more. */
    private void heap(Chromium chromium, AtlasServer server, Chromium.Captured captured, Report report) throws Exception {
        for (int i = 0; i < 2; i++) {
            chromium.openReader(server.base() + "/embed");
        }
        openReaders(server, captured, 200, new Samples());
        long before = server.heapAfterFullGc();
        Samples opening = new Samples();
        int failed = openReaders(server, captured, heapReaders, opening);
        long after = server.heapAfterFullGc();
        Files.writeString(Path.of("target/benchmark/histogram.txt"), server.jcmd("GC.class_histogram"));
        if (heapDump != null) {
            Path dump = Path.of(heapDump).toAbsolutePath();
            Files.deleteIfExists(dump); // the JVM will not overwrite one
            log("heap dump: %s", server.jcmd("GC.heap_dump " + dump).trim().replace('\n', ' '));
        }
        double perReader = (after - before) / (double) (heapReaders - failed);
        log("heap %d -> %d bytes with %d more readers (%d failed): %.1f KB each", before, after, heapReaders, failed, perReader / KB);
        report.heap(before, after, heapReaders - failed, perReader);
    }

    /** Opens {@code count} readers over {@code connections} concurrent connections; returns how many failed. */
    private int openReaders(AtlasServer server, Chromium.Captured captured, int count, Samples latencies) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(connections)) {
            for (int c = 0; c < connections; c++) {
                pool.submit(() -> {
                    while (next.getAndIncrement() < count) {
                        long t0 = System.nanoTime();
                        try {
                            new EmbedReader(readerHttp, server.base() + "/embed", captured).open();
                            latencies.add((System.nanoTime() - t0) / 1e6);
                        } catch (Exception e) {
                            failed.incrementAndGet();
                        }
                    }
                });
            }
        }
        return failed.get();
    }

    /** {@code clickReaders} readers, each choosing a pin once a second (staggered), for {@code clickSeconds}. */
    private void clicks(AtlasServer server, Chromium.Captured captured, List<FloorPage.Pin> pins, Report report) throws Exception {
        List<EmbedReader> readers = new ArrayList<>();
        for (int i = 0; i < clickReaders; i++) {
            EmbedReader reader = new EmbedReader(readerHttp, server.base() + "/embed", captured);
            reader.open();
            readers.add(reader);
        }
        Samples latencies = new Samples();
        AtomicInteger failed = new AtomicInteger();
        long start = System.nanoTime() + 500_000_000L;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < readers.size(); i++) {
                int index = i;
                EmbedReader reader = readers.get(i);
                threads.submit(() -> {
                    long offset = start + index * 1_000_000_000L / readers.size();
                    for (int k = 0; k < clickSeconds; k++) {
                        long wait = offset + k * 1_000_000_000L - System.nanoTime();
                        if (wait > 0) {
                            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                        }
                        long t0 = System.nanoTime();
                        try {
                            reader.clickPin(pins.get((index + k) % pins.size()).id());
                            latencies.add((System.nanoTime() - t0) / 1e6);
                        } catch (Exception e) {
                            if (failed.getAndIncrement() == 0) {
                                log("click failed: %s", e.getMessage());
                            }
                        }
                    }
                    return null;
                });
            }
        }
        log("clicks: %d answered, %d failed; p50 %.1f p95 %.1f p99 %.1f ms", latencies.count(), failed.get(),
                latencies.percentile(50), latencies.percentile(95), latencies.percentile(99));
        report.clicks(latencies, failed.get(), readers.size());
    }

    /**
     * New readers per second over {@code connections} concurrent connections for {@code rateSeconds}, at most 60,000;
     * with {@code navigate} each reader also sends the opening messages that build the view, without only bootstrap and init.
     */
    private void rate(AtlasServer server, Chromium.Captured captured, boolean navigate, Report report) throws InterruptedException {
        warmUp(server.base(), captured, navigate, report);
        ReaderLoad.Result result = new ReaderLoad(readerHttp, connections).run(server.base(), captured, navigate, rateSeconds);
        log("rate (navigate %s): %.0f/s in %.1f s (%d failed); p50 %.1f p99 %.1f ms", navigate, result.perSecond(), result.seconds(),
                result.failed(), result.latencies().percentile(50), result.latencies().percentile(99));
        report.rate(navigate, result.perSecond(), result.latencies(), result.failed(), connections, result.seconds());
    }

    /**
     * The same load for {@code rateWarmUpSeconds}, unmeasured: a server that has run a while has compiled the paths a new
     * reader takes, and the rate climbs for tens of seconds after start-up while the JIT catches up (from about 150/s).
     */
    private void warmUp(String base, Chromium.Captured captured, boolean navigate, Report report) throws InterruptedException {
        ReaderLoad.Result warm = new ReaderLoad(readerHttp, connections).run(base, captured, navigate, rateWarmUpSeconds);
        log("warm-up (navigate %s): %.0f/s for %d s", navigate, warm.perSecond(), rateWarmUpSeconds);
        report.rateWarmUp(rateWarmUpSeconds);
    }

    static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("story-atlas-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no production jar in target/; ./atlas bench builds it"));
        }
    }

    static String machine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
        String memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .findFirst().map(l -> String.format("%.1f GB", Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0)).orElse("?");
        return "Machine: " + Runtime.getRuntime().availableProcessors() + " cores (nproc), " + cpu + ", " + memory
                + " memory, JDK " + System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version")
                + " (benchmark and server), Chromium " + chromiumVersion() + ".";
    }

    private static String chromiumVersion() {
        try {
            Process p = new ProcessBuilder(System.getenv().getOrDefault("STORYATLAS_CHROMIUM", "/usr/bin/chromium"), "--version")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            p.waitFor();
            java.util.regex.Matcher version = java.util.regex.Pattern.compile("\\d+\\.\\d+\\.\\d+\\.\\d+").matcher(out);
            return version.find() ? version.group() : "?";
        } catch (IOException | InterruptedException e) {
            return "?";
        }
    }

    /**
     * The production launch's JVM options ({@code src/main/deploy/jvm.options}, left out with
     * {@code -Dbench.production-options=false}) followed by those of {@code bench.jvm-options}.
     */
    static List<String> jvmOptions() {
        List<String> options = new ArrayList<>();
        if (Boolean.parseBoolean(System.getProperty("bench.production-options", "true"))) {
            try {
                Files.readAllLines(Path.of("src/main/deploy/jvm.options")).stream()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .forEach(options::add);
            } catch (IOException e) {
                throw new UncheckedIOException("the production launch's JVM options", e);
            }
        }
        options.addAll(words(System.getProperty("bench.jvm-options", "")));
        return List.copyOf(options);
    }

    /** The words of a property value, for options given as one string. */
    static List<String> words(String text) {
        return Arrays.stream(text.split("\\s+")).filter(s -> !s.isBlank()).toList();
    }

    static void log(String format, Object... args) {
        System.out.printf("[bench] " + format + "%n", args);
    }
}
