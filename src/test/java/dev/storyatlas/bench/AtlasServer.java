package dev.storyatlas.bench;

import dev.storyatlas.LoopbackPorts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The production jar as a child process on a free loopback port, in its default configuration plus
 * the floor page's directory: how long it takes to be ready, and how much heap it retains.
 */
final class AtlasServer implements AutoCloseable {

    private static final Pattern STARTED = Pattern.compile("Started Application in ([0-9.]+) seconds \\(process running for ([0-9.]+)\\)");
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    private final Process process;
    private final Path log;
    private final Path javaHome;
    final int port;
    /** Milliseconds from starting the process until {@code /actuator/health} answered 200. */
    final long readyMillis;

    private AtlasServer(Process process, Path log, Path javaHome, int port, long readyMillis) {
        this.process = process;
        this.log = log;
        this.javaHome = javaHome;
        this.port = port;
        this.readyMillis = readyMillis;
    }

    /** Starts the jar, serving {@code floorRoot} as an extra static location, and waits (at most 120 s) until it is healthy. */
    static AtlasServer start(Path jar, Path floorRoot, Path log, List<String> jvmOptions,
            List<String> appArguments) throws IOException, InterruptedException {
        Path javaHome = Path.of(System.getProperty("java.home"));
        int port = LoopbackPorts.free(1).getFirst();
        List<String> command = new ArrayList<>();
        command.add(javaHome.resolve("bin/java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(),
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                // the app's own static location (application.properties) and the floor page's directory
                "--spring.web.resources.static-locations=classpath:/META-INF/resources/,file:" + floorRoot.toAbsolutePath() + "/",
                "--vaadin.exclude-urls=/api/**,/actuator/**," + FloorPage.PATH + "**"));
        command.addAll(appArguments);
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = started + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    long ready = (System.nanoTime() - started) / 1_000_000;
                    return new AtlasServer(process, log, javaHome, port, ready);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(25);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the jar did not become healthy; see " + log);
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    /** CPU time the server process has used so far (user and system), in nanoseconds. */
    long cpuNanos() {
        return process.info().totalCpuDuration().orElseThrow(() -> new IllegalStateException("no CPU time for the server")).toNanos();
    }

    /** Spring's own "Started Application in N seconds (process running for M)", as "N s (JVM M s)". */
    String springStartedLine() throws IOException {
        Matcher m = STARTED.matcher(Files.readString(log));
        return m.find() ? m.group(1) + " s (JVM " + m.group(2) + " s)" : "?";
    }

    /** Spring's "Started Application in N seconds", waiting up to 2 s for the line (health may answer just before it). */
    double springStartedSeconds() throws IOException, InterruptedException {
        for (int i = 0; i < 40; i++) {
            Matcher m = STARTED.matcher(Files.readString(log));
            if (m.find()) {
                return Double.parseDouble(m.group(1));
            }
            Thread.sleep(50);
        }
        return Double.NaN;
    }

    /** Heap in use right after two full collections, in bytes (via jcmd GC.run and GC.heap_info). */
    long heapAfterFullGc() throws IOException, InterruptedException {
        jcmd("GC.run");
        jcmd("GC.run");
        // one line for G1's heap, one per generation for the parallel collector; Metaspace is not heap
        long usedKb = 0;
        boolean found = false;
        for (String line : jcmd("GC.heap_info").split("\n")) {
            Matcher m = HEAP_USED.matcher(line);
            if (!line.strip().startsWith("Metaspace") && !line.strip().startsWith("class space") && m.find()) {
                usedKb += Long.parseLong(m.group(1));
                found = true;
            }
        }
        if (!found) {
            throw new IllegalStateException("no heap figure from jcmd");
        }
        return usedKb * 1024;
    }

    /** Runs a jcmd diagnostic command against the server and returns its output. */
    String jcmd(String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(javaHome.resolve("bin/jcmd").toString(), Long.toString(process.pid()), command)
                .redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes());
        jcmd.waitFor();
        return out;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
