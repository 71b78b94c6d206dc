package dev.storyatlas.cluster;

import dev.storyatlas.LoopbackPorts;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A cluster started by {@code ./atlas cluster N} on free loopback ports, with the committed HAProxy
 * configuration and the script's own restart. In the tests each instance runs the app from this build's
 * classes in a child JVM (the launch {@code ./atlas cluster} is told to use instead of {@code ./atlas serve},
 * whose packaged jar {@code mvn test} does not build); the benchmark uses the production launch itself.
 * Everything it starts is stopped on {@link #close()}.
 */
public final class Cluster implements AutoCloseable {

    private static final Duration START_LIMIT = Duration.ofMinutes(10);

    private final Path dir;
    private final Map<String, String> environment;
    private final Process supervisor;
    private final int port;
    private final List<Integer> instancePorts;
    private int restarts;

    private Cluster(Path dir, Map<String, String> environment, Process supervisor, int port, List<Integer> instancePorts) {
        this.dir = dir;
        this.environment = environment;
        this.supervisor = supervisor;
        this.port = port;
        this.instancePorts = instancePorts;
    }

    /**
     * Starts {@code instances} instances with the app arguments {@code appArguments} (and Vaadin's dev
     * tools off) and waits until {@code ./atlas cluster} says it is ready.
     */
    static Cluster start(Path dir, int instances, List<String> appArguments) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        return start(dir, instances, appArguments, writeLaunch(dir.resolve("launch")).toAbsolutePath().toString());
    }

    /** Starts {@code instances} instances of the production launch, {@code ./atlas serve}, which builds the jar when needed. */
    public static Cluster startProduction(Path dir, int instances, List<String> appArguments) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        return start(dir, instances, appArguments, "");
    }

    private static Cluster start(Path dir, int instances, List<String> appArguments, String launch) throws IOException, InterruptedException {
        List<Integer> ports = LoopbackPorts.free(instances + 2);
        int port = ports.get(0);
        int statsPort = ports.get(1);
        List<Integer> instancePorts = ports.subList(2, ports.size());
        Map<String, String> environment = new java.util.HashMap<>(Map.of(
                "PORT", Integer.toString(port),
                "ATLAS_BIND", "127.0.0.1:" + port,
                "ATLAS_STATS_BIND", "127.0.0.1:" + statsPort,
                "CLUSTER_DIR", dir.resolve("state").toAbsolutePath().toString(),
                "CLUSTER_PORTS", instancePorts.stream().map(String::valueOf).collect(Collectors.joining(" "))));
        if (!launch.isEmpty()) {
            environment.put("CLUSTER_LAUNCH", launch);
        }
        List<String> command = new ArrayList<>(List.of("./atlas", "cluster", Integer.toString(instances)));
        command.addAll(appArguments);
        Path log = dir.resolve("cluster.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process supervisor = builder.start();
        Cluster cluster = new Cluster(dir, environment, supervisor, port, instancePorts);
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (!Files.readString(log).contains("cluster ready")) {
            if (!supervisor.isAlive() || System.nanoTime() > deadline) {
                cluster.close();
                throw new IllegalStateException("./atlas cluster did not get ready:\n" + Files.readString(log));
            }
            Thread.sleep(200);
        }
        return cluster;
    }

    /** The balancer's address for a path, e.g. {@code "/api/stories"}. */
    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Instance {@code n}'s own address (1-based, named {@code atlasN} in HAProxy and in the session cookie's prefix). */
    public String instanceUrl(int n, String path) {
        return "http://127.0.0.1:" + instancePorts.get(n - 1) + path;
    }

    /**
     * Runs {@code ./atlas cluster restart} with the given drain settings, for every instance or those named
     * ({@code atlas2}); returns its output, failing unless it succeeded.
     */
    public String restart(int drainIdleSeconds, String... instances) throws IOException, InterruptedException {
        Path log = dir.resolve("restart-" + (++restarts) + ".log");
        List<String> command = new ArrayList<>(List.of("./atlas", "cluster", "restart"));
        command.addAll(List.of(instances));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("CLUSTER_DRAIN_IDLE", Integer.toString(drainIdleSeconds));
        builder.environment().put("CLUSTER_DRAIN_TIMEOUT", "120");
        Process restart = builder.start();
        if (!restart.waitFor(10, TimeUnit.MINUTES)) {
            restart.destroyForcibly();
            throw new IllegalStateException("./atlas cluster restart took longer than 10 minutes:\n" + Files.readString(log));
        }
        String output = Files.readString(log);
        if (restart.exitValue() != 0) {
            throw new IllegalStateException("./atlas cluster restart failed:\n" + output);
        }
        return output;
    }

    /** Ends instance {@code n} at once with SIGKILL, as a crash or a lost host would. */
    public void kill(int n) throws IOException {
        long pid = Long.parseLong(Files.readString(dir.resolve("state/atlas" + n + ".pid")).strip());
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
    }

    /**
     * CPU time (user and system) that a process of the cluster has used so far, in nanoseconds:
     * {@code "atlas1"}, {@code "atlas2"}, ... or {@code "haproxy"}.
     */
    public long cpuNanos(String process) throws IOException {
        long pid = Long.parseLong(Files.readString(dir.resolve("state/" + process + ".pid")).strip());
        return ProcessHandle.of(pid).flatMap(handle -> handle.info().totalCpuDuration())
                .orElseThrow(() -> new IllegalStateException("no CPU time for " + process)).toNanos();
    }

    /** HAProxy's state of instance {@code n}: UP, DOWN, DRAIN, MAINT and their transitions, from {@code show stat}. */
    public String state(int n) throws IOException {
        List<String> lines = admin("show stat").lines().toList();
        List<String> header = Arrays.asList(lines.getFirst().replaceFirst("^# ", "").split(","));
        int status = header.indexOf("status");
        return lines.stream().map(line -> line.split(","))
                .filter(fields -> fields.length > status && fields[0].equals("atlas") && fields[1].equals("atlas" + n))
                .map(fields -> fields[status]).findFirst()
                .orElseThrow(() -> new IllegalStateException("HAProxy has no server atlas" + n));
    }

    /** One command of HAProxy's runtime API over its Unix socket; returns the answer. */
    String admin(String command) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(dir.resolve("state/haproxy.sock")));
            channel.write(ByteBuffer.wrap((command + "\n").getBytes(StandardCharsets.UTF_8)));
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            ByteBuffer buffer = ByteBuffer.allocate(8192);
            while (channel.read(buffer) >= 0) {
                answer.write(buffer.array(), 0, buffer.position());
                buffer.clear();
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    /** The end of instance {@code n}'s log, for failure messages. */
    String instanceLog(int n) {
        try {
            List<String> lines = Files.readAllLines(dir.resolve("state/atlas" + n + ".log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code ./atlas cluster stop}, which stops HAProxy and every instance; forcibly after a minute. */
    @Override
    public void close() throws IOException, InterruptedException {
        if (supervisor.isAlive()) {
            ProcessBuilder stop = new ProcessBuilder("./atlas", "cluster", "stop").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            stop.environment().putAll(environment);
            stop.start().waitFor(30, TimeUnit.SECONDS);
            if (!supervisor.waitFor(90, TimeUnit.SECONDS)) {
                supervisor.destroyForcibly();
            }
        }
        // whatever a failed start or restart left behind
        try (var files = Files.list(dir.resolve("state"))) {
            for (Path pidFile : files.filter(f -> f.getFileName().toString().endsWith(".pid")).toList()) {
                ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip())).ifPresent(ProcessHandle::destroyForcibly);
            }
        } catch (IOException | NumberFormatException ignored) {
            // nothing left to stop
        }
    }

    /**
     * A launch script running {@code dev.storyatlas.Application} from this build's classes and the test run's
     * class path, without the test classes (their Spring configurations are for the tests' own contexts).
     */
    private static Path writeLaunch(Path script) throws IOException {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
                .collect(Collectors.joining(File.pathSeparator));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // a small heap and the C1 compiler only: several JVMs share two cores with the test and Chromium
        Files.writeString(script, "#!/bin/sh\nexec '" + java + "' -Xmx384m -XX:TieredStopAtLevel=1 -cp '" + classPath + "'"
                + " dev.storyatlas.Application --vaadin.devmode.devTools.enabled=false --vaadin.launch-browser=false \"$@\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }
}
