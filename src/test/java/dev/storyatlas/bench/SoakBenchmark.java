package dev.storyatlas.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Readers arriving and leaving for a long time (issue 17, item 8): new embed readers open the map over loopback at a
 * steady rate, choose three pins one after another with a pause for reading, and leave as a browser tab does (Flow's
 * unload beacon closes their UI; the session expires later). How long a reader stays is set by the clock, not by how
 * fast this loaded machine answers, so the number of readers present stays steady. Once a minute: the server's heap
 * after a full GC (from its GC log), open sessions and UIs (class histogram), threads (/proc). It must end with no
 * failed request, heap after GC flat within 10 % from minute 5 on, and no more threads at the end than at minute 5
 * (give or take the JIT's compiler threads). Before the load it measures what a reader holds with places open, and
 * it writes the class histogram's growth from minute 5 to the end.
 *
 * <p>{@code ./atlas bench -Dtest=SoakBenchmark} (or after {@code mvn package -DskipTests}:
 * {@code mvn -B -Pbenchmark surefire:test -Dtest=SoakBenchmark}); properties (defaults):
 * {@code bench.soak-minutes} (30), {@code bench.soak-readers} (readers arriving per second, 2),
 * {@code bench.soak-read-seconds} (pause before each choice and before leaving, 10), {@code bench.soak-session-timeout}
 * (how long a gone reader's session lives, 2m), {@code bench.soak-place-readers} (readers of the measurement before the
 * load, 500), {@code bench.connections} (8), {@code bench.jar}.
 */
class SoakBenchmark {

    private static final List<String> PLACES = List.of("kyiv", "seoul", "pyongyang", "moscow", "bryansk");
    private static final int CHOICES = 3;
    /** The first minute whose heap counts: by then the sessions of the first readers expire as fast as new ones start. */
    private static final int STEADY_FROM = 5;
    private static final int THREAD_SLACK = 4;
    private static final double KB = 1024;

    private final int minutes = Integer.getInteger("bench.soak-minutes", 30);
    private final int readersPerSecond = Integer.getInteger("bench.soak-readers", 2);
    private final int readSeconds = Integer.getInteger("bench.soak-read-seconds", 10);
    private final String sessionTimeout = System.getProperty("bench.soak-session-timeout", "2m");
    private final int placeReaders = Integer.getInteger("bench.soak-place-readers", 500);
    private final int connections = Integer.getInteger("bench.connections", 8);
    private final Path jar = Path.of(System.getProperty("bench.jar", "target/story-atlas-0.1.0-SNAPSHOT.jar"));

    private final AtomicInteger opened = new AtomicInteger();
    private final AtomicInteger present = new AtomicInteger();
    private final AtomicInteger clicks = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger turnedAway = new AtomicInteger();
    private final List<String> failures = new ArrayList<>();

    @Test
    void readers_come_and_go_for_a_long_time_without_failures_growing_heap_or_threads() throws Exception {
        Path work = Files.createDirectories(Path.of("target/benchmark"));
        // the server's extra static directory, which the soak does not use
        Path floorRoot = Files.createDirectories(work.resolve("soak-static"));
        Path gcLog = work.resolve("soak-gc.log");
        Files.deleteIfExists(gcLog);
        List<String> options = new ArrayList<>(StoryAtlasBenchmark.jvmOptions());
        // the heap a full collection leaves, as the collector reports it: reading the heap afterwards would add what the load allocated meanwhile
        options.add("-Xlog:gc:file=" + gcLog.toAbsolutePath());
        List<long[]> samples = new ArrayList<>(); // minute, heap after GC, threads, sessions, UIs
        StringBuilder table = new StringBuilder();
        String steadyHistogram = "";
        String lastHistogram = "";
        try (ReaderHttp http = new ReaderHttp(connections);
                AtlasServer server = AtlasServer.start(jar, floorRoot, work.resolve("soak.log"), options,
                        List.of("--storyatlas.embed.session-timeout=" + sessionTimeout, "--server.servlet.session.timeout=" + sessionTimeout));
                Chromium chromium = new Chromium(Integer.getInteger("bench.timeline-pins", 7))) {
            Chromium.Captured captured = chromium.capture(server.base() + "/embed");
            table.append(whatAReaderHolds(http, server, gcLog, captured)).append('\n');
            table.append("| minute | readers so far | present now | pin choices | failed | turned away | open sessions | open UIs | heap after full GC (MB) | server threads |\n"
                    + "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            ThreadPoolExecutor pool = new ThreadPoolExecutor(connections, connections, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
            ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
            long arrivalMicros = 1_000_000L / readersPerSecond;
            clock.scheduleAtFixedRate(() -> {
                // a reader who would wait behind a busy moment is turned away and counted, so that no burst follows it
                if (pool.getQueue().size() >= 2 * readersPerSecond) {
                    turnedAway.incrementAndGet();
                } else {
                    pool.execute(() -> visit(new EmbedReader(http, server.base() + "/embed", captured), 0, pool, clock));
                }
            }, 0, arrivalMicros, TimeUnit.MICROSECONDS);
            try {
                for (int minute = 1; minute <= minutes; minute++) {
                    TimeUnit.MINUTES.sleep(1);
                    String histogram = server.jcmd("GC.class_histogram");
                    long heap = heapAfterFullGc(server, gcLog);
                    long threads = threads(server);
                    long sessions = instances(histogram, "org.apache.catalina.session.StandardSession");
                    long uis = instances(histogram, "com.vaadin.flow.component.UI");
                    if (minute == STEADY_FROM) {
                        steadyHistogram = histogram;
                    }
                    lastHistogram = histogram;
                    samples.add(new long[] {minute, heap, threads, sessions, uis});
                    String row = String.format("| %d | %d | %d | %d | %d | %d | %d | %d | %.1f | %d |%n", minute, opened.get(), present.get(), clicks.get(),
                            failed.get(), turnedAway.get(), sessions, uis, heap / 1e6, threads);
                    table.append(row);
                    System.out.print("[soak] " + row);
                }
            } finally {
                clock.shutdownNow();
                pool.shutdownNow();
            }
        }
        List<long[]> steady = samples.stream().filter(s -> s[0] >= STEADY_FROM).toList();
        long low = steady.stream().mapToLong(s -> s[1]).min().orElseThrow();
        long high = steady.stream().mapToLong(s -> s[1]).max().orElseThrow();
        long threadsAtStart = steady.getFirst()[2];
        long threadsMost = steady.stream().mapToLong(s -> s[2]).max().orElseThrow();
        long threadsAtEnd = samples.getLast()[2];
        table.append(String.format("%n%d readers (%d/s arriving, %d choices %d s apart, leaving %d s after the last; sessions of gone readers live %s),"
                + " %d pin choices, %d failed, %d turned away; from minute %d on: heap after GC between %.1f and %.1f MB (%.1f %% apart),"
                + " open sessions %d to %d, open UIs %d to %d; threads %d at minute %d, at most %d, %d at the end.%n",
                opened.get(), readersPerSecond, CHOICES, readSeconds, readSeconds, sessionTimeout, clicks.get(), failed.get(), turnedAway.get(),
                STEADY_FROM, low / 1e6, high / 1e6, 100.0 * (high - low) / low,
                steady.stream().mapToLong(s -> s[3]).min().orElseThrow(), steady.stream().mapToLong(s -> s[3]).max().orElseThrow(),
                steady.stream().mapToLong(s -> s[4]).min().orElseThrow(), steady.stream().mapToLong(s -> s[4]).max().orElseThrow(),
                threadsAtStart, STEADY_FROM, threadsMost, threadsAtEnd));
        String growth = histogramGrowth(steadyHistogram, lastHistogram, 15);
        table.append(String.format("%nWhat grew from minute %d to minute %d (class histogram after a full GC; bytes, instances):%n%s",
                STEADY_FROM, samples.getLast()[0], growth));
        System.out.println(table);
        Files.writeString(work.resolve("soak.md"), table.toString());
        Files.writeString(work.resolve("soak-histogram-minute-" + STEADY_FROM + ".txt"), steadyHistogram);
        Files.writeString(work.resolve("soak-histogram-end.txt"), lastHistogram);

        assertThat(failed.get()).as("failed readers; the first: %s", failures).isZero();
        assertThat((double) high).as("heap after GC from minute %d on, within 10 %% of its lowest", STEADY_FROM).isLessThanOrEqualTo(low * 1.10);
        // the JIT's compiler threads come and go by themselves: a few more are no leak, a trend would be
        assertThat(threadsAtEnd).as("server threads at the end against minute %d", STEADY_FROM).isLessThanOrEqualTo(threadsAtStart + THREAD_SLACK);
    }

    /**
     * One step of a reader's visit on the pool, the next one scheduled {@code readSeconds} later on the clock: open the
     * map, choose {@value #CHOICES} places, leave. A failed step ends the visit.
     */
    private void visit(EmbedReader reader, int step, ExecutorService pool, ScheduledExecutorService clock) {
        try {
            if (step == 0) {
                reader.open();
                present.incrementAndGet();
                opened.incrementAndGet();
            } else if (step <= CHOICES) {
                reader.clickPin(PLACES.get((opened.get() + step) % PLACES.size()));
                clicks.incrementAndGet();
            } else {
                reader.leave();
                present.decrementAndGet();
                return;
            }
            clock.schedule(() -> pool.execute(() -> visit(reader, step + 1, pool, clock)), readSeconds, TimeUnit.SECONDS);
        } catch (IOException | RuntimeException e) {
            if (step > 0) {
                present.decrementAndGet();
            }
            failed.incrementAndGet();
            synchronized (failures) {
                if (failures.size() < 10) {
                    failures.add("step " + step + ": " + e);
                }
            }
        }
    }

    /**
     * Heap per reader, after a full GC, with {@code placeReaders} readers: with the embed open, after each chose
     * {@value #CHOICES} places, and after they left (their sessions still open). Returns the figures as a sentence.
     */
    private String whatAReaderHolds(ReaderHttp http, AtlasServer server, Path gcLog, Chromium.Captured captured) throws Exception {
        List<EmbedReader> readers = new ArrayList<>();
        for (int i = 0; i < placeReaders; i++) {
            readers.add(new EmbedReader(http, server.base() + "/embed", captured));
        }
        eachOnce(readers, EmbedReader::open); // warms up what all readers share (renderings, compiled code)
        long before = heapAfterFullGc(server, gcLog);
        List<EmbedReader> measured = new ArrayList<>();
        for (int i = 0; i < placeReaders; i++) {
            measured.add(new EmbedReader(http, server.base() + "/embed", captured));
        }
        eachOnce(measured, EmbedReader::open);
        long withView = heapAfterFullGc(server, gcLog);
        eachOnce(measured, reader -> {
            for (int c = 0; c < CHOICES; c++) {
                reader.clickPin(PLACES.get(c));
            }
        });
        long withPlaces = heapAfterFullGc(server, gcLog);
        eachOnce(measured, EmbedReader::leave);
        eachOnce(readers, EmbedReader::leave);
        long afterLeaving = heapAfterFullGc(server, gcLog);
        // both groups left: the measured readers went from nothing to a closed UI, the warm-up readers from an open view to one
        double perLeft = (afterLeaving - before + (withView - before)) / 2.0 / placeReaders;
        String sentence = String.format("Heap per reader after a full GC (%d readers, before the load; MB granularity of the GC log): %.1f KB with the"
                + " embed open, %.1f KB after choosing %d places, %.1f KB once they left (UI closed, session open until it expires).%n",
                placeReaders, (withView - before) / KB / placeReaders, (withPlaces - before) / KB / placeReaders, CHOICES,
                perLeft / KB);
        System.out.print("[soak] " + sentence);
        return sentence;
    }

    /** Something a reader does, which may fail. */
    private interface ReaderStep {
        void run(EmbedReader reader) throws IOException;
    }

    /** Runs the step for every reader over {@code connections} threads; a failure fails the benchmark. */
    private void eachOnce(List<EmbedReader> readers, ReaderStep step) throws Exception {
        AtomicInteger next = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(connections)) {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < readers.size(); i = next.getAndIncrement()) {
                        step.run(readers.get(i));
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        }
    }

    private static final Pattern FULL_GC = Pattern.compile("Pause Full \\((?:Diagnostic Command|System\\.gc\\(\\))\\) \\d+[KMG]->(\\d+)([KMG])\\(");

    /** Heap in use after a full collection ({@code jcmd GC.run}), as the server's GC log reports it. */
    private static long heapAfterFullGc(AtlasServer server, Path gcLog) throws IOException, InterruptedException {
        server.jcmd("GC.run");
        Matcher m = FULL_GC.matcher(Files.readString(gcLog));
        long bytes = -1;
        while (m.find()) {
            bytes = Long.parseLong(m.group(1)) << switch (m.group(2)) {
                case "K" -> 10;
                case "M" -> 20;
                default -> 30;
            };
        }
        if (bytes < 0) {
            throw new IllegalStateException("no full collection in " + gcLog);
        }
        return bytes;
    }

    /** Instances of a class in a class histogram. */
    private static long instances(String histogram, String className) {
        return histogram.lines().filter(line -> line.endsWith(" " + className))
                .mapToLong(line -> Long.parseLong(line.strip().split("\\s+")[1])).findFirst().orElse(0);
    }

    /** The classes whose bytes grew most between two class histograms, one line each. */
    static String histogramGrowth(String before, String after, int top) {
        Map<String, long[]> first = histogramRows(before);
        Map<String, long[]> last = histogramRows(after);
        record Growth(String name, long bytes, long instances) {
        }
        List<Growth> growth = new ArrayList<>();
        last.forEach((name, row) -> {
            long[] was = first.getOrDefault(name, new long[2]);
            growth.add(new Growth(name, row[1] - was[1], row[0] - was[0]));
        });
        first.forEach((name, row) -> {
            if (!last.containsKey(name)) {
                growth.add(new Growth(name, -row[1], -row[0]));
            }
        });
        long total = growth.stream().mapToLong(Growth::bytes).sum();
        StringBuilder lines = new StringBuilder(String.format("total %+d bytes%n", total));
        growth.stream().sorted(Comparator.comparingLong(Growth::bytes).reversed()).limit(top)
                .forEach(g -> lines.append(String.format("%+,12d B %+,9d  %s%n", g.bytes(), g.instances(), g.name())));
        return lines.toString();
    }

    /** A class histogram's rows: class name to instances and bytes. */
    private static Map<String, long[]> histogramRows(String histogram) {
        Map<String, long[]> rows = new HashMap<>();
        Pattern row = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
        histogram.lines().forEach(line -> {
            Matcher m = row.matcher(line);
            if (m.find()) {
                rows.merge(m.group(3), new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))},
                        (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
            }
        });
        return rows;
    }

    /** The server process's thread count, from Linux's /proc. */
    private static long threads(AtlasServer server) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + server.pid() + "/status")).stream()
                .filter(line -> line.startsWith("Threads:")).mapToLong(line -> Long.parseLong(line.substring(8).strip()))
                .findFirst().orElseThrow();
    }
}
