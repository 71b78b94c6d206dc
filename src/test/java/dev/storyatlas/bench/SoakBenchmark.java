package dev.storyatlas.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Readers arriving and leaving for a long time (issue 17, item 8): every second new embed readers open the
 * map over loopback, choose a few pins and leave without a word, as most readers do; their sessions expire.
 * Once a minute the server's heap after full GC and its thread count are read. It must end with no failed
 * request, the heap after GC flat within 10 % from minute 5 on, and no more threads at the end than at minute 5 (give or take the JIT's compiler threads).
 *
 * <p>{@code ./atlas bench -Dtest=SoakBenchmark} (or after {@code mvn package -DskipTests}:
 * {@code mvn -B -Pbenchmark surefire:test -Dtest=SoakBenchmark}); properties (defaults):
 * {@code bench.soak-minutes} (30), {@code bench.soak-readers} (readers arriving per second, 10),
 * {@code bench.soak-session-timeout} (how long a gone reader's session lives, 2m, so that arrivals and expiries
 * balance within the first minutes), {@code bench.connections} (8), {@code bench.jar}.
 */
class SoakBenchmark {

    private static final List<String> PLACES = List.of("kyiv", "seoul", "pyongyang", "moscow", "bryansk");
    /** The first minute whose heap counts: by then sessions expire as fast as they start. */
    private static final int STEADY_FROM = 5;
    private static final int THREAD_SLACK = 4;

    private final int minutes = Integer.getInteger("bench.soak-minutes", 30);
    private final int readersPerSecond = Integer.getInteger("bench.soak-readers", 10);
    private final String sessionTimeout = System.getProperty("bench.soak-session-timeout", "2m");
    private final int connections = Integer.getInteger("bench.connections", 8);
    private final Path jar = Path.of(System.getProperty("bench.jar", "target/story-atlas-0.1.0-SNAPSHOT.jar"));

    @Test
    void readers_come_and_go_for_a_long_time_without_failures_growing_heap_or_threads() throws Exception {
        Path work = Files.createDirectories(Path.of("target/benchmark"));
        // the server's extra static directory, which the soak does not use
        Path floorRoot = Files.createDirectories(work.resolve("soak-static"));
        AtomicInteger opened = new AtomicInteger();
        AtomicInteger clicks = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        // a reader who cannot start within about two seconds of arriving is turned away and counted: the load stays
        // what this machine sustains instead of piling up behind a busy minute and arriving in a burst later
        AtomicInteger turnedAway = new AtomicInteger();
        List<String> failures = new ArrayList<>();
        List<long[]> samples = new ArrayList<>(); // minute, heap after GC, threads, readers so far, open sessions
        StringBuilder table = new StringBuilder("\n| minute | readers so far | failed | turned away | open sessions | heap after full GC (MB) | server threads |\n"
                + "|---:|---:|---:|---:|---:|---:|---:|\n");
        try (ReaderHttp http = new ReaderHttp(connections);
                AtlasServer server = AtlasServer.start(jar, floorRoot, work.resolve("soak.log"), StoryAtlasBenchmark.jvmOptions(),
                        List.of("--storyatlas.embed.session-timeout=" + sessionTimeout, "--server.servlet.session.timeout=" + sessionTimeout));
                Chromium chromium = new Chromium(Integer.getInteger("bench.timeline-pins", 7))) {
            Chromium.Captured captured = chromium.capture(server.base() + "/embed");
            ThreadPoolExecutor readers = new ThreadPoolExecutor(connections, connections, 0, TimeUnit.SECONDS,
                    new ArrayBlockingQueue<>(2 * readersPerSecond), (reader, pool) -> turnedAway.incrementAndGet());
            ScheduledExecutorService arrivals = Executors.newSingleThreadScheduledExecutor();
            // readers arrive at a steady rate; one that cannot start because all connections are busy waits its turn
            arrivals.scheduleAtFixedRate(() -> {
                for (int i = 0; i < readersPerSecond; i++) {
                    readers.submit(() -> {
                        try {
                            EmbedReader reader = new EmbedReader(http, server.base() + "/embed", captured);
                            reader.open();
                            opened.incrementAndGet();
                            for (int c = 0; c < 3; c++) {
                                reader.clickPin(PLACES.get((opened.get() + c) % PLACES.size()));
                                clicks.incrementAndGet();
                            }
                        } catch (IOException | RuntimeException e) {
                            failed.incrementAndGet();
                            synchronized (failures) {
                                if (failures.size() < 10) {
                                    failures.add(String.valueOf(e));
                                }
                            }
                        }
                    });
                }
            }, 0, 1, TimeUnit.SECONDS);
            try {
                for (int minute = 1; minute <= minutes; minute++) {
                    TimeUnit.MINUTES.sleep(1);
                    long heap = server.heapAfterFullGc();
                    long threads = threads(server);
                    long sessions = sessions(server);
                    samples.add(new long[] {minute, heap, threads, opened.get(), sessions});
                    String row = String.format("| %d | %d | %d | %d | %d | %.1f | %d |%n", minute, opened.get(), failed.get(), turnedAway.get(),
                            sessions, heap / 1e6, threads);
                    table.append(row);
                    System.out.print("[soak] " + row);
                }
            } finally {
                arrivals.shutdownNow();
                readers.shutdownNow();
            }
        }
        List<long[]> steady = samples.stream().filter(s -> s[0] >= STEADY_FROM).toList();
        long low = steady.stream().mapToLong(s -> s[1]).min().orElseThrow();
        long high = steady.stream().mapToLong(s -> s[1]).max().orElseThrow();
        long threadsAtStart = steady.getFirst()[2];
        long threadsMost = steady.stream().mapToLong(s -> s[2]).max().orElseThrow();
        long threadsAtEnd = samples.getLast()[2];
        table.append(String.format("%n%d readers (%d/s arriving, sessions of gone readers live %s), %d pin choices, %d failed, %d turned away;"
                + " heap after GC from minute %d on between %.1f and %.1f MB (%.1f %% apart); threads %d at minute %d, at most %d.%n",
                opened.get(), readersPerSecond, sessionTimeout, clicks.get(), failed.get(), turnedAway.get(), STEADY_FROM, low / 1e6, high / 1e6,
                100.0 * (high - low) / low, threadsAtStart, STEADY_FROM, threadsMost));
        System.out.println(table);
        Files.writeString(work.resolve("soak.md"), table.toString());

        assertThat(failed.get()).as("failed readers; the first: %s", failures).isZero();
        assertThat((double) high).as("heap after GC from minute %d on, within 10 %% of its lowest", STEADY_FROM).isLessThanOrEqualTo(low * 1.10);
        // the JIT's compiler threads come and go by themselves: a few more are no leak, a trend would be
        assertThat(threadsAtEnd).as("server threads at the end against minute %d", STEADY_FROM).isLessThanOrEqualTo(threadsAtStart + THREAD_SLACK);
    }

    /** How many HTTP sessions the server holds, from a class histogram (which follows a full collection). */
    private static long sessions(AtlasServer server) throws IOException, InterruptedException {
        return server.jcmd("GC.class_histogram").lines().filter(line -> line.endsWith(" org.apache.catalina.session.StandardSession"))
                .mapToLong(line -> Long.parseLong(line.strip().split("\\s+")[1])).findFirst().orElse(0);
    }

    /** The server process's thread count, from Linux's /proc. */
    private static long threads(AtlasServer server) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + server.pid() + "/status")).stream()
                .filter(line -> line.startsWith("Threads:")).mapToLong(line -> Long.parseLong(line.substring(8).strip()))
                .findFirst().orElseThrow();
    }
}
