package se.rjh.mtp.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void portsAreBindableNeverHandedOutTwiceAndBelowTheRangeOfOutgoingConnections() throws Exception {
        int firstEphemeral = FreePorts.firstEphemeralPort();
        List<Integer> ports = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            ports.add(FreePorts.next());
        }
        assertThat(ports).doesNotHaveDuplicates();
        assertThat(firstEphemeral - FreePorts.LOWEST).as("room below the range of outgoing connections (Linux)")
                .isGreaterThanOrEqualTo(1_000);
        assertThat(ports).allSatisfy(port -> assertThat(port).isBetween(FreePorts.LOWEST, firstEphemeral - 1));
        for (int port : ports.subList(0, 20)) {
            try (ServerSocket server = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                assertThat(server.getLocalPort()).isEqualTo(port);
            }
        }
    }
}
