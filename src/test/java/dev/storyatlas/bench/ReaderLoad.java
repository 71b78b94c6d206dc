package dev.storyatlas.bench;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * New embed readers opened as fast as the server takes them, over a fixed number of connections
 * (one thread each): the load of an article that goes viral. Used by both benchmarks that report
 * readers per second.
 */
final class ReaderLoad {

    /** What one run of the load achieved. */
    record Result(double perSecond, Samples latencies, int failed, double seconds) {
    }

    private final ReaderHttp http;
    private final int connections;

    ReaderLoad(ReaderHttp http, int connections) {
        this.http = http;
        this.connections = connections;
    }

    /**
     * Opens readers for {@code seconds} (at most 60,000 in all); with {@code navigate} each reader also sends the
     * opening messages that build the view, without it only the bootstrap page and the init request.
     */
    Result run(String base, Chromium.Captured captured, boolean navigate, int seconds) throws InterruptedException {
        Samples latencies = new Samples();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger opened = new AtomicInteger();
        long started = System.nanoTime();
        long deadline = started + seconds * 1_000_000_000L;
        try (ExecutorService pool = Executors.newFixedThreadPool(connections)) {
            for (int c = 0; c < connections; c++) {
                pool.submit(() -> {
                    while (System.nanoTime() < deadline && opened.get() + failed.get() < 60_000) {
                        long t0 = System.nanoTime();
                        try {
                            new EmbedReader(http, base + "/embed", captured).open(navigate);
                            latencies.add((System.nanoTime() - t0) / 1e6);
                            opened.incrementAndGet();
                        } catch (Exception e) {
                            failed.incrementAndGet();
                        }
                    }
                });
            }
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        return new Result(opened.get() / elapsed, latencies, failed.get(), elapsed);
    }
}
