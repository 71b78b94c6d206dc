package dev.storyatlas;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free loopback ports for processes a test starts, which bind them a while later (HAProxy, a cluster's instances).
 * They lie below the kernel's range for outgoing connections: a port from that range (what port 0 gives) can become
 * the source port of any connection before the process binds it, and HAProxy then failed with "Address already in
 * use" in CI.
 */
public final class LoopbackPorts {

    private static final int LOWEST = 10_000;
    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");

    private LoopbackPorts() {
    }

    /** {@code count} different ports, each free when this returns. */
    public static List<Integer> free(int count) throws IOException {
        int below = ephemeralLow();
        Set<Integer> ports = new LinkedHashSet<>();
        for (int attempt = 0; ports.size() < count && attempt < 1_000; attempt++) {
            int candidate = ThreadLocalRandom.current().nextInt(LOWEST, below);
            if (!ports.contains(candidate) && bindable(candidate)) {
                ports.add(candidate);
            }
        }
        if (ports.size() < count) {
            throw new IOException("no " + count + " free loopback ports between " + LOWEST + " and " + below);
        }
        return List.copyOf(ports);
    }

    /** The lowest port the kernel gives outgoing connections (Linux; 32768, its default, elsewhere). */
    static int ephemeralLow() throws IOException {
        if (!Files.isReadable(EPHEMERAL_RANGE)) {
            return 32_768;
        }
        // read by lines: Files.readString trusts the size a /proc file reports, and reads too little
        return Integer.parseInt(Files.readAllLines(EPHEMERAL_RANGE).getFirst().strip().split("\\s+")[0]);
    }

    private static boolean bindable(int port) throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (BindException taken) {
            return false;
        }
    }
}
