package dev.storyatlas.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The server's two budget lines of several builds side by side: heap per open embed reader (after a full GC,
 * measured on each build before its first load) and new readers per second. All servers run at once, and the
 * load goes to each in turn (the order rotating each round), so a busy neighbour on this shared machine
 * weighs on every build alike. Reports the median round of each build and its ratio to the first, and
 * the server's CPU time per reader (user and system), which a busy neighbour
 * disturbs far less than the rate. Each build's class histogram with its heap readers open is written to
 * {@code target/benchmark/histogram-NAME.txt}, for finding what a reader holds.
 *
 * <p>{@code mvn -B -Pbenchmark surefire:test -Dtest=ReaderRateBenchmark -Dbench.rate-jars=now=target/x.jar,before=/tmp/y.jar};
 * further properties (defaults): {@code bench.rate-rounds} (5), {@code bench.rate-seconds} (10), {@code bench.rate-warm-up} (30 s per build),
 * {@code bench.connections} (8), {@code bench.readers} (2000 readers opened for the heap figure; 0 leaves it out), {@code bench.rate-navigate} (true: readers also build the view),
 * {@code bench.timeline-pins} (7: the pins the built-in story's embed shows, as for EmbedTimelineBenchmark),
 * {@code bench.jvm-options} (for every build, after those of {@code src/main/deploy/jvm.options}, which
 * {@code bench.production-options=false} leaves out) and {@code bench.rate-options.NAME} (for one, to compare JVM
 * settings on one jar). The default is the jar in {@code target/} alone.
 */
class ReaderRateBenchmark {

    private final String jars = System.getProperty("bench.rate-jars", "now=target/story-atlas-0.1.0-SNAPSHOT.jar");
    private final int rounds = Integer.getInteger("bench.rate-rounds", 5);
    private final int seconds = Integer.getInteger("bench.rate-seconds", 10);
    private final int warmUpSeconds = Integer.getInteger("bench.rate-warm-up", 30);
    private final int connections = Integer.getInteger("bench.connections", 8);
    private final int heapReaders = Integer.getInteger("bench.readers", 2000);
    private final boolean navigate = Boolean.parseBoolean(System.getProperty("bench.rate-navigate", "true"));
    private final List<String> jvmOptions = StoryAtlasBenchmark.jvmOptions();

    @Test
    void compare_new_readers_per_second() throws Exception {
        Path work = Files.createDirectories(Path.of("target/benchmark"));
        Path floorRoot = work.resolve("static");
        FloorPage.prepare(floorRoot);
        ReaderHttp http = new ReaderHttp(connections);
        ReaderLoad load = new ReaderLoad(http, connections);
        Map<String, AtlasServer> servers = new LinkedHashMap<>();
        Map<String, Chromium.Captured> captured = new LinkedHashMap<>();
        Map<String, List<ReaderLoad.Result>> results = new LinkedHashMap<>();
        Map<String, Samples> cpuPerReader = new LinkedHashMap<>();
        Map<String, Double> heapPerReader = new LinkedHashMap<>();
        try (Chromium chromium = new Chromium(Integer.getInteger("bench.timeline-pins", 7))) {
            for (String entry : jars.split(",")) {
                String[] parts = entry.split("=", 2);
                List<String> options = new ArrayList<>(jvmOptions);
                options.addAll(StoryAtlasBenchmark.words(System.getProperty("bench.rate-options." + parts[0], "")));
                AtlasServer server = AtlasServer.start(Path.of(parts[1]), floorRoot, work.resolve("rate-" + parts[0] + ".log"),
                        options, List.of());
                servers.put(parts[0], server);
                captured.put(parts[0], chromium.capture(server.base() + "/embed"));
                if (heapReaders > 0) {
                    heapPerReader.put(parts[0], heapPerReader(server, http, captured.get(parts[0]), work.resolve("histogram-" + parts[0] + ".txt")));
                }
                load.run(server.base(), captured.get(parts[0]), navigate, warmUpSeconds); // until the JIT has compiled the hot paths
                results.put(parts[0], new ArrayList<>());
            }
            List<String> names = new ArrayList<>(servers.keySet());
            for (int round = 0; round < rounds; round++) {
                for (int i = 0; i < names.size(); i++) {
                    String name = names.get((i + round) % names.size());
                    AtlasServer server = servers.get(name);
                    long cpuBefore = server.cpuNanos();
                    long clientBefore = clientCpuNanos();
                    ReaderLoad.Result result = load.run(server.base(), captured.get(name), navigate, seconds);
                    int readers = Math.max(1, (int) Math.round(result.perSecond() * result.seconds()));
                    double serverMs = (server.cpuNanos() - cpuBefore) / 1e6 / readers;
                    double clientMs = (clientCpuNanos() - clientBefore) / 1e6 / readers;
                    results.get(name).add(result);
                    cpuPerReader.computeIfAbsent(name, k -> new Samples()).add(serverMs);
                    System.out.printf("[rate] round %d %-10s %6.0f/s (%d failed) p50 %.1f p99 %.1f ms; CPU per reader: server %.2f ms, client %.2f ms%n",
                            round, name, result.perSecond(), result.failed(), result.latencies().percentile(50),
                            result.latencies().percentile(99), serverMs, clientMs);
                }
            }
        } finally {
            for (AtlasServer server : servers.values()) {
                server.close();
            }
            http.close();
        }
        StringBuilder table = new StringBuilder("\n| build | new readers/s (median of " + rounds + " rounds of " + seconds + " s, "
                + connections + " connections" + (navigate ? "" : ", bootstrap and init only") + ") | rounds | ratio "
                + "| server CPU per reader (median, ms) | ratio | heap per open reader (" + heapReaders + " readers, after full GC) |\n|---|---:|---|---:|---:|---:|---:|\n");
        double first = Double.NaN;
        double firstCpu = Double.NaN;
        for (Map.Entry<String, List<ReaderLoad.Result>> entry : results.entrySet()) {
            Samples perSecond = new Samples();
            entry.getValue().forEach(r -> perSecond.add(r.perSecond()));
            double median = perSecond.median();
            first = Double.isNaN(first) ? median : first;
            double cpu = cpuPerReader.get(entry.getKey()).median();
            firstCpu = Double.isNaN(firstCpu) ? cpu : firstCpu;
            Double heap = heapPerReader.get(entry.getKey());
            table.append(String.format("| %s | %.0f | %s | %.2f | %.2f | %.2f | %s |%n", entry.getKey(), median,
                    entry.getValue().stream().map(r -> String.format("%.0f", r.perSecond())).toList(), median / first, cpu, cpu / firstCpu,
                    heap == null ? "" : String.format("%.1f KB", heap / 1024)));
        }
        System.out.println(table);
        Files.writeString(work.resolve("rate.md"), table.toString());
    }

    /**
     * Bytes per reader that {@code heapReaders} more open embed readers add to the heap after a full GC, once 200 have
     * warmed the server up; writes the class histogram with them open to {@code histogram}.
     */
    private double heapPerReader(AtlasServer server, ReaderHttp http, Chromium.Captured captured, Path histogram) throws Exception {
        openReaders(server, http, captured, 200);
        long before = server.heapAfterFullGc();
        openReaders(server, http, captured, heapReaders);
        long after = server.heapAfterFullGc();
        Files.writeString(histogram, server.jcmd("GC.class_histogram"));
        System.out.printf("[rate] heap %d -> %d bytes with %d more readers: %.1f KB each%n", before, after, heapReaders,
                (after - before) / 1024.0 / heapReaders);
        return (after - before) / (double) heapReaders;
    }

    /** Opens {@code count} embed readers one after another; a reader that fails to open fails the run. */
    private static void openReaders(AtlasServer server, ReaderHttp http, Chromium.Captured captured, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            new EmbedReader(http, server.base() + "/embed", captured).open();
        }
    }

    /** CPU time this JVM (the load generator) has used so far. */
    private static long clientCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
