package dev.storyatlas.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storyatlas.BrowserTest;
import dev.storyatlas.Readers;
import dev.storyatlas.embed.EmbedProperties;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One client without cookies floods the app over loopback, bounded in requests and in time: page loads
 * start no session and leave the heap as it was, a normal reader still gets a working map; a flood of
 * requests for views fills the sessions up to the cap that follows the heap and no further, the heap stays
 * within what the cap allows, and the first map still shows. Each session is counted at a size that makes
 * this JVM's heap hold {@value #READERS} readers with a view, so that a flood of a few thousand reaches it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SessionFloodTest extends BrowserTest {

    private static final int READERS = 30;
    /** The share of the heap that sessions may fill: the default. */
    private static final double SHARE = 0.75;
    private static final long SESSION_SIZE = (long) (Runtime.getRuntime().maxMemory() * SHARE / READERS);
    private static final int FLOOD_REQUESTS = 3000;
    private static final Duration FLOOD_AT_MOST = Duration.ofSeconds(60);
    private static final int CLIENTS = 4;
    private static final long HEAP_SLACK = 2_000_000;

    @DynamicPropertySource
    static void sessionSize(DynamicPropertyRegistry registry) {
        registry.add("storyatlas.web.session-size", () -> SESSION_SIZE + "B");
    }

    @Autowired
    private SessionGuard sessions;

    @Autowired
    private ServletWebServerApplicationContext server;

    @Autowired
    private EmbedProperties embed;

    @Test
    @Order(1)
    void a_flood_of_page_loads_starts_no_session_keeps_the_heap_and_a_reader_still_gets_a_working_map() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        send(client, "/embed?lang=en"); // warm: what is built once for all readers is not the flood's cost
        int openBefore = sessions.openSessions();
        long heapBefore = heapAfterGc();

        Flood flood = flood(client, "/embed?lang=en");

        assertThat(flood.failed()).as("failed page loads").isZero();
        assertThat(flood.cookies()).as("answers that set a session cookie").isZero();
        assertThat(sessions.openSessions()).isEqualTo(openBefore);
        long grown = heapAfterGc() - heapBefore;
        System.out.printf("[flood] %d page loads in %.1f s without cookies: %d sessions kept, heap after GC %+.1f MB%n",
                flood.sent(), flood.seconds(), sessions.openSessions() - openBefore, grown / 1e6);
        // a kept session cost several times this per request (issue 17); a flood that keeps nothing stays below it,
        // give or take what the server keeps anyway (its threads and caches)
        assertThat(grown).as("heap after GC grown by a flood of %d page loads", flood.sent()).isLessThan(HEAP_SLACK + flood.sent() * 256L);

        openMap("/embed?lang=en");
        pins().first().click();
        assertThat(page.locator("#place-panel h2")).isVisible();
        assertThat(sessions.openSessions()).isEqualTo(openBefore + 1);
    }

    @Test
    @Order(2)
    void a_session_lives_briefly_until_it_shows_a_view_and_then_as_long_as_the_view_asks() throws Exception {
        HttpResponse<String> init = send(HttpClient.newHttpClient(), "/?v-r=init&location=embed&query=lang%3Den");
        String bare = init.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow().replaceFirst("^JSESSIONID=([^;]+).*", "$1");
        assertThat(secondsToLive(bare)).as("a session with a UI but no view").isEqualTo(90);

        openMap("/?lang=en");
        String main = context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).findFirst().orElseThrow().value;
        assertThat(secondsToLive(main)).as("a reader's session of the main map").isEqualTo(30 * 60);

        openMap("/embed?lang=en");
        assertThat(secondsToLive(main)).as("the same reader in the embed").isEqualTo((int) embed.sessionTimeout().toSeconds());
    }

    @Test
    @Order(3)
    void a_flood_of_requests_for_views_stops_at_the_cap_the_heap_gives_with_a_clear_answer_and_the_first_map_still_shows() throws Exception {
        // what this JVM's heap allows at the default share: readers with a view, each session without one a quarter of a reader
        long units = (long) (Runtime.getRuntime().maxMemory() * SHARE / SESSION_SIZE * 4);
        assertThat(units).isBetween(4L * READERS - 1, 4L * READERS);
        assertThat(sessions.cap().description()).contains((units / 4) + " readers with a view", "75 % of the");
        HttpClient client = HttpClient.newHttpClient();
        long heapBefore = heapAfterGc();

        Flood flood = flood(client, "/?v-r=init&location=embed&query=lang%3Den");

        long weight = sessions.openSessions() + 3L * sessions.sessionsWithView();
        long grown = heapAfterGc() - heapBefore;
        System.out.printf("[flood] %d requests for views in %.1f s without cookies: %d refused, %d sessions open (%d with a view),"
                + " heap after GC %+.1f MB%n", flood.sent(), flood.seconds(), flood.refused(), sessions.openSessions(), sessions.sessionsWithView(), grown / 1e6);
        assertThat(flood.refused()).as("views refused once the sessions fill the cap").isPositive();
        // the cap is read before Vaadin makes the session, so clients racing past it at once add at most one each
        assertThat(weight).as("open sessions, a reader's counted four times").isBetween(units, units + CLIENTS - 1);
        // a bare session with its UI holds about 12 KB: without the cap the flood's thousands would hold tens of MB
        assertThat(grown).as("heap after GC grown by a flood of %d requests for views", flood.sent()).isLessThan(HEAP_SLACK + units * 16_384L);
        HttpResponse<String> refused = send(client, "/?v-r=init&location=embed&query=lang%3Den");
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).contains(String.valueOf(SessionGuard.RETRY_AFTER_SECONDS));
        assertThat(refused.body()).contains("as many readers as it can serve");
        assertThat(send(client, "/api/stories").statusCode()).isEqualTo(200);
        assertThat(send(client, "/actuator/health").statusCode()).isEqualTo(200);

        int open = sessions.openSessions();
        navigate(url("/embed?lang=en"));
        assertThat(page.locator(".sa-first-map .leaflet-marker-pane .sa-pin")).hasCount(7);
        Readers.beginToUse(page);
        page.waitForCondition(() -> pageErrors.stream().anyMatch(error -> error.contains("http 503")));
        assertThat(sessions.openSessions()).as("sessions after a refused view").isLessThanOrEqualTo(open);
        pageErrors.clear(); // the refused view, and Flow's report of it
    }

    /** What a flood did: requests sent, answers other than 200, 503s, answers with a cookie, how long it took. */
    private record Flood(int sent, int failed, int refused, int cookies, double seconds) {
    }

    /** {@value #CLIENTS} clients send requests without cookies until {@value #FLOOD_REQUESTS} are sent or the time is up. */
    private Flood flood(HttpClient client, String pathAndQuery) throws Exception {
        AtomicInteger started = new AtomicInteger();
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger cookies = new AtomicInteger();
        long begun = System.nanoTime();
        long deadline = begun + FLOOD_AT_MOST.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                clients.add(pool.submit(() -> {
                    while (started.incrementAndGet() <= FLOOD_REQUESTS && System.nanoTime() < deadline) {
                        HttpResponse<String> answer = send(client, pathAndQuery);
                        sent.incrementAndGet();
                        if (answer.statusCode() == 503) {
                            refused.incrementAndGet();
                        } else if (answer.statusCode() != 200) {
                            failed.incrementAndGet();
                        }
                        if (answer.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID="))) {
                            cookies.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> each : clients) {
                each.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Flood(sent.get(), failed.get(), refused.get(), cookies.get(), (System.nanoTime() - begun) / 1e9);
    }

    private HttpResponse<String> send(HttpClient client, String pathAndQuery) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url(pathAndQuery))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** How long the server keeps this session after its last request, from Tomcat's session manager. */
    private int secondsToLive(String sessionId) throws Exception {
        Tomcat tomcat = ((TomcatWebServer) server.getWebServer()).getTomcat();
        Session session = ((Context) tomcat.getHost().findChildren()[0]).getManager().findSession(sessionId);
        assertThat(session).as("session %s", sessionId).isNotNull();
        return session.getMaxInactiveInterval();
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
