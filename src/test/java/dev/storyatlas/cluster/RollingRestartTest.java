package dev.storyatlas.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A deploy without a dropped request (issue 18, item 3): {@code ./atlas cluster restart} restarts every
 * instance (drain through HAProxy's runtime socket, graceful shutdown, start, readiness, back in
 * service) while new readers in Chromium and data API clients keep coming, and a reader who was
 * already on the first instance keeps working there until they leave.
 */
class RollingRestartTest {

    private static final String STORY = "taz-2024-10-nordkorea-soldaten";
    /**
     * Open pages send a heartbeat every 5 s, so a drained instance counts as busy until its readers left.
     * Not shorter: Vaadin closes a UI after three missed heartbeats, which a page starved of CPU on a busy
     * machine can miss within a few seconds.
     */
    private static final int HEARTBEAT_SECONDS = 5;
    /** Four heartbeats: a page that is still open always sent one within this time. */
    private static final int DRAIN_IDLE_SECONDS = 20;

    private static ClusterWithBrowser setup;
    private static Cluster cluster;

    @BeforeAll
    static void startCluster() throws Exception {
        setup = ClusterWithBrowser.start(Path.of("target/cluster-tests/restart"), 2, List.of("--vaadin.heartbeatInterval=" + HEARTBEAT_SECONDS));
        cluster = setup.cluster();
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (setup != null) {
            setup.close();
        }
    }

    @Test
    void every_instance_restarts_under_load_without_a_failed_request_and_a_drained_instance_keeps_its_reader() throws Exception {
        ClusterReader lingering = readerOn("atlas1");
        Load load = new Load();
        load.start();
        CompletableFuture<String> restart = CompletableFuture.supplyAsync(() -> {
            try {
                return cluster.restart(DRAIN_IDLE_SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        awaitState(1, "DRAIN", restart);
        lingering.choose("Kyiv");
        lingering.awaitPanel("Kyiv");
        assertThat(lingering.instance()).as("the drained instance still serves its reader").isEqualTo("atlas1");
        assertThat(lingering.reloaded()).isFalse();
        assertThat(cluster.state(1)).isEqualTo("DRAIN");
        List<String> lingeringProblems = List.copyOf(lingering.problems);
        lingering.close();

        String output = restart.get(15, TimeUnit.MINUTES);
        Load.Result result = load.stop();
        System.out.printf("[cluster] during the restart: %d new readers in Chromium, %d API and page requests, %d failures%n",
                result.readers(), result.requests(), result.failures().size());
        assertThat(output).contains("atlas1: back in service", "atlas2: back in service");
        assertThat(cluster.state(1)).isEqualTo("UP");
        assertThat(cluster.state(2)).isEqualTo("UP");
        assertThat(lingeringProblems).isEmpty();
        assertThat(result.failures()).isEmpty();
        assertThat(result.readers()).isPositive();
        assertThat(result.requests()).isPositive();
    }

    @Test
    void an_instance_that_crashed_is_brought_back_by_restarting_it_alone_and_can_be_restarted_again() throws Exception {
        cluster.kill(2);
        awaitState(2, "DOWN", new CompletableFuture<>());
        try (ClusterReader meanwhile = setup.reader().open(cluster.url("/?place=kyiv&lang=en"))) {
            meanwhile.awaitPanel("Kyiv");
            assertThat(meanwhile.instance()).isEqualTo("atlas1");
            assertThat(meanwhile.problems).isEmpty();
        }

        String first = cluster.restart(1, "atlas2");
        String second = cluster.restart(1, "atlas2");

        assertThat(first).contains("atlas2: back in service").doesNotContain("atlas1");
        assertThat(second).contains("atlas2: back in service");
        assertThat(cluster.state(2)).isEqualTo("UP");
        assertThat(cluster.state(1)).isEqualTo("UP");
    }

    /** A reader whose session is on {@code instance}: round robin gives every second new reader to it. */
    private static ClusterReader readerOn(String instance) {
        for (int attempt = 0; attempt < 6; attempt++) {
            ClusterReader reader = setup.reader().open(cluster.url("/?place=bryansk&lang=en"));
            if (reader.instance().equals(instance)) {
                return reader;
            }
            reader.close();
        }
        throw new IllegalStateException("no reader landed on " + instance);
    }

    /** Waits until HAProxy reports {@code state} for instance {@code n}, failing after two minutes or once {@code unless} is done. */
    private static void awaitState(int n, String state, Future<?> unless) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!cluster.state(n).equals(state)) {
            if (unless.isDone() || System.nanoTime() > deadline) {
                throw new IllegalStateException("atlas" + n + " never reached " + state + " (HAProxy: " + cluster.state(n) + ")");
            }
            Thread.sleep(100);
        }
    }

    /**
     * The bounded load during the restart: one thread of new readers in Chromium (each opens the map,
     * opens Bryansk and leaves) and one thread of data API requests and first page loads (a new session
     * each), one after another until stopped.
     */
    private static final class Load {

        record Result(int readers, int requests, List<String> failures) {
        }

        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicInteger readers = new AtomicInteger();
        private final AtomicInteger requests = new AtomicInteger();
        private final List<String> failures = new CopyOnWriteArrayList<>();
        private final List<Thread> threads = new ArrayList<>();

        void start() {
            threads.add(Thread.ofPlatform().name("cluster-readers").start(this::readers));
            threads.add(Thread.ofPlatform().name("cluster-requests").start(this::requests));
        }

        Result stop() throws InterruptedException {
            running.set(false);
            for (Thread thread : threads) {
                thread.join(TimeUnit.MINUTES.toMillis(3));
            }
            return new Result(readers.get(), requests.get(), List.copyOf(failures));
        }

        private void readers() {
            // Playwright's objects belong to the thread that made them
            try (Playwright own = ClusterReader.playwright()) {
                Browser chromium = ClusterReader.chromium(own);
                while (running.get()) {
                    ClusterReader reader = new ClusterReader(chromium);
                    String who = "reader " + readers.get();
                    try {
                        reader.open(cluster.url("/?place=seoul&lang=en"));
                        who += " (opened on " + reader.instance() + ")";
                        reader.choose("Bryansk Oblast");
                        reader.awaitPanel("Bryansk Oblast");
                        if (reader.reloaded()) {
                            failures.add(who + ": the page reloaded, now on " + reader.instance());
                        }
                        for (String notice : reader.errorNotices()) {
                            failures.add(who + ": " + notice);
                        }
                    } catch (RuntimeException | AssertionError e) {
                        failures.add(who + ", now on " + reader.instance() + ": " + e.getMessage());
                    } finally {
                        for (String problem : reader.problems) {
                            failures.add(who + ": " + problem);
                        }
                        reader.close();
                    }
                    readers.incrementAndGet();
                }
            } catch (RuntimeException e) {
                failures.add("the readers' browser: " + e);
            }
        }

        private void requests() {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            List<String> paths = List.of("/api/stories", "/api/stories/" + STORY, "/api/stories/" + STORY + "/places.geojson",
                    "/api/stories/" + STORY + "/incidents.csv", "/?lang=en");
            while (running.get()) {
                for (String path : paths) {
                    try {
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(cluster.url(path)))
                                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200 || response.body().isEmpty()) {
                            failures.add("GET " + path + ": " + response.statusCode());
                        }
                    } catch (Exception e) {
                        failures.add("GET " + path + ": " + e);
                    }
                    requests.incrementAndGet();
                    pace();
                }
            }
        }

        /** About 50 requests a second: a steady stream that leaves the two cores to the instances' restarts. */
        private static void pace() {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
