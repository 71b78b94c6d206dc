package dev.storyatlas.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import dev.storyatlas.cluster.Cluster;
import dev.storyatlas.cluster.ClusterReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * The cluster's figures (issue 18, item 5), with {@code ./atlas cluster} and the production launch
 * ({@code ./atlas serve}, which builds the jar first when its sources changed):
 * <ul>
 * <li>new embed readers per second (the load generator of {@link ReaderRateBenchmark}) against one
 * instance reached directly, the same instance through HAProxy, and two instances through HAProxy;
 * direct and balanced rounds alternate, so a busy neighbour weighs on both alike; and the CPU time per
 * reader of the instances, HAProxy and the load generator, which a busy neighbour disturbs far less;
 * <li>what the balancer adds to a reader's latency: one reader at a time over one connection (no queueing),
 * directly and through HAProxy, p50 and p99;
 * <li>the time from {@code kill -9} of a reader's instance to their restored view: the reader in Chromium
 * clicks Kyiv right after the kill, until their page has loaded again at its URL on the other instance,
 * and until Kyiv's panel shows there (the killed instance is then restarted).
 * </ul>
 * {@code mvn -B -Pbenchmark surefire:test -Dtest=ClusterBenchmark}; properties (defaults):
 * {@code bench.cluster-rounds} (3), {@code bench.cluster-seconds} (10), {@code bench.cluster-warm-up} (20 s),
 * {@code bench.connections} (8), {@code bench.cluster-latency-seconds} (10), {@code bench.cluster-kills} (3).
 */
class ClusterBenchmark {

    private final int rounds = Integer.getInteger("bench.cluster-rounds", 3);
    private final int seconds = Integer.getInteger("bench.cluster-seconds", 10);
    private final int warmUpSeconds = Integer.getInteger("bench.cluster-warm-up", 20);
    private final int connections = Integer.getInteger("bench.connections", 8);
    private final int latencySeconds = Integer.getInteger("bench.cluster-latency-seconds", 10);
    private final int kills = Integer.getInteger("bench.cluster-kills", 3);
    private final Map<String, Samples> rates = new LinkedHashMap<>();
    private final Map<String, Integer> failed = new LinkedHashMap<>();
    private final Map<String, Samples> serverCpu = new LinkedHashMap<>();
    private final Map<String, Samples> proxyCpu = new LinkedHashMap<>();
    private final Map<String, Samples> clientCpu = new LinkedHashMap<>();

    @Test
    void cluster_figures() throws Exception {
        Path work = Files.createDirectories(Path.of("target/benchmark/cluster"));
        Map<String, Samples> latencies = new LinkedHashMap<>();
        Samples restored = new Samples();
        Samples kyivShown = new Samples();
        int unrestored = 0;
        try (Chromium chromium = new Chromium(Integer.getInteger("bench.timeline-pins", 7));
                ReaderHttp http = new ReaderHttp(connections);
                ReaderHttp single = new ReaderHttp(1)) {
            ReaderLoad load = new ReaderLoad(http, connections);
            ReaderLoad oneByOne = new ReaderLoad(single, 1);
            try (Cluster one = Cluster.startProduction(work.resolve("one"), 1, List.of())) {
                Chromium.Captured captured = chromium.capture(one.instanceUrl(1, "/embed"));
                Map<String, String> bases = Map.of("1 instance, direct", one.instanceUrl(1, ""), "1 instance, HAProxy", one.url(""));
                load.run(one.url(""), captured, true, warmUpSeconds);
                for (int round = 0; round < rounds; round++) {
                    for (String name : round % 2 == 0 ? List.of("1 instance, direct", "1 instance, HAProxy")
                            : List.of("1 instance, HAProxy", "1 instance, direct")) {
                        measure(name, one, 1, () -> load.run(bases.get(name), captured, true, seconds));
                        ReaderLoad.Result alone = oneByOne.run(bases.get(name), captured, true, latencySeconds);
                        alone.latencies().values().forEach(latencies.computeIfAbsent(name, k -> new Samples())::add);
                    }
                }
            }
            try (Cluster two = Cluster.startProduction(work.resolve("two"), 2, List.of());
                    Playwright playwright = ClusterReader.playwright()) {
                Chromium.Captured captured = chromium.capture(two.url("/embed"));
                load.run(two.url(""), captured, true, warmUpSeconds);
                for (int round = 0; round < rounds; round++) {
                    measure("2 instances, HAProxy", two, 2, () -> load.run(two.url(""), captured, true, seconds));
                }
                Browser browser = ClusterReader.chromium(playwright);
                for (int kill = 0; kill < kills; kill++) {
                    try (ClusterReader reader = new ClusterReader(browser).open(two.url("/?place=bryansk&actor=lloyd-austin%2Cnv-ua&lang=en"))) {
                        reader.awaitPanel("Bryansk Oblast");
                        String lost = reader.instance();
                        long killed = System.nanoTime();
                        two.kill(Integer.parseInt(lost.substring("atlas".length())));
                        try {
                            reader.choose("Kyiv");
                            reader.awaitReload();
                            double back = (System.nanoTime() - killed) / 1e6;
                            // the reloaded page carries out the choice that found the session gone
                            reader.awaitPanel("Kyiv");
                            double kyiv = (System.nanoTime() - killed) / 1e6;
                            restored.add(back);
                            kyivShown.add(kyiv);
                            StoryAtlasBenchmark.log("kill -9 of %s: page loaded again after %.0f ms, Kyiv's panel after %.0f ms, from %s",
                                    lost, back, kyiv, reader.instance());
                        } catch (AssertionError | RuntimeException notRestored) {
                            unrestored++;
                            StoryAtlasBenchmark.log("kill -9 of %s: the view was not restored: %s", lost, notRestored.getMessage());
                        }
                        two.restart(1, lost);
                    }
                }
            }
        }
        StringBuilder table = new StringBuilder("\n| setup | new readers/s (median of " + rounds + " rounds of " + seconds + " s, "
                + connections + " connections) | rounds | failed | CPU per reader (median, ms): instances / HAProxy / load generator "
                + "| ceiling of 2 cores | one reader at a time: p50 / p99 (ms) |\n|---|---:|---|---:|---:|---:|---:|\n");
        for (Map.Entry<String, Samples> entry : rates.entrySet()) {
            String name = entry.getKey();
            Samples alone = latencies.get(name);
            double perReader = serverCpu.get(name).median() + proxyCpu.get(name).median() + clientCpu.get(name).median();
            table.append(String.format("| %s | %.0f | %s | %d | %.2f / %.2f / %.2f | %.0f/s | %s |%n", name, entry.getValue().median(),
                    entry.getValue().values().stream().map(v -> String.format("%.0f", v)).toList(), failed.get(name),
                    serverCpu.get(name).median(), proxyCpu.get(name).median(), clientCpu.get(name).median(), 2000 / perReader,
                    alone == null ? "" : String.format("%.1f / %.1f", alone.percentile(50), alone.percentile(99))));
        }
        table.append(String.format("%nkill -9, then the reader clicks Kyiv: %d of %d views restored (the page loaded again at its URL on the other "
                + "instance), median %.0f ms, longest %.0f ms; Kyiv's panel: median %.0f ms, longest %.0f ms%n",
                restored.count(), restored.count() + unrestored, restored.median(), restored.percentile(100), kyivShown.median(), kyivShown.percentile(100)));
        System.out.println(table);
        Files.writeString(work.resolve("cluster.md"), table.toString());
    }

    /**
     * Runs one round of load and records its rate, failures and CPU time per reader: of the instances, of
     * HAProxy (also for the direct rounds, where it only checks health) and of this JVM, the load generator.
     * The ceiling of the machine is two cores divided by their sum, whatever the neighbours take at the time.
     */
    private void measure(String name, Cluster cluster, int instances, Callable<ReaderLoad.Result> round) throws Exception {
        long server = instancesCpu(cluster, instances);
        long proxy = cluster.cpuNanos("haproxy");
        long client = clientCpuNanos();
        ReaderLoad.Result result = round.call();
        double readers = Math.max(1, Math.round(result.perSecond() * result.seconds()));
        serverCpu.computeIfAbsent(name, k -> new Samples()).add((instancesCpu(cluster, instances) - server) / 1e6 / readers);
        proxyCpu.computeIfAbsent(name, k -> new Samples()).add((cluster.cpuNanos("haproxy") - proxy) / 1e6 / readers);
        clientCpu.computeIfAbsent(name, k -> new Samples()).add((clientCpuNanos() - client) / 1e6 / readers);
        rates.computeIfAbsent(name, k -> new Samples()).add(result.perSecond());
        failed.merge(name, result.failed(), Integer::sum);
        StoryAtlasBenchmark.log("%-22s %6.0f readers/s (%d failed), p50 %.1f p99 %.1f ms", name, result.perSecond(), result.failed(),
                result.latencies().percentile(50), result.latencies().percentile(99));
    }

    private static long instancesCpu(Cluster cluster, int instances) throws IOException {
        long sum = 0;
        for (int n = 1; n <= instances; n++) {
            sum += cluster.cpuNanos("atlas" + n);
        }
        return sum;
    }

    private static long clientCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
