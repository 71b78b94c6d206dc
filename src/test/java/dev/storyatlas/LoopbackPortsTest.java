package dev.storyatlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoopbackPortsTest {

    @Test
    void the_ports_are_different_free_and_below_the_range_of_outgoing_connections() throws IOException {
        List<Integer> ports = LoopbackPorts.free(4);

        assertThat(ports).hasSize(4).doesNotHaveDuplicates().allSatisfy(port -> assertThat(port).isLessThan(LoopbackPorts.ephemeralLow()));
        List<ServerSocket> bound = new ArrayList<>();
        try {
            for (int port : ports) {
                ServerSocket socket = new ServerSocket();
                bound.add(socket);
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            }
        } finally {
            for (ServerSocket socket : bound) {
                socket.close();
            }
        }
    }
}
