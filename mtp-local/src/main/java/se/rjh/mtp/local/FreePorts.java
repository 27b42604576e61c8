package se.rjh.mtp.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for servers a test starts just after asking: Kafka, the MongoDB-wire server, SMTP, services on fixed ports.
 * <p>
 * Binding port 0 gives a port from the kernel's range for outgoing connections, and between that check and the
 * server's own bind any client's connection can take it: on a busy machine, the broker of a test failed to start with
 * "Address already in use". So ports come from below that range, where no outgoing connection is given a port, and
 * this JVM never hands out the same port twice.
 */
final class FreePorts {

    /** Above the well-known and most registered ports of services a developer runs (8080, 9092, ...). */
    static final int LOWEST = 15_000;
    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();
    private static final int FIRST_EPHEMERAL = readFirstEphemeralPort();

    private FreePorts() {
    }

    static int next() {
        if (FIRST_EPHEMERAL - LOWEST >= 1_000) {
            for (int attempt = 0; attempt < 200; attempt++) {
                int port = ThreadLocalRandom.current().nextInt(LOWEST, FIRST_EPHEMERAL);
                if (HANDED_OUT.add(port) && bindable(port)) {
                    return port;
                }
            }
        }
        // No room below the range (or no Linux): what the system gives, still never twice.
        for (int attempt = 0; ; attempt++) {
            int port = systemChosen();
            if (HANDED_OUT.add(port) || attempt >= 20) {
                return port;
            }
        }
    }

    /** The first port of the kernel's range for outgoing connections; where there is none to read, no room below. */
    static int firstEphemeralPort() {
        return FIRST_EPHEMERAL;
    }

    private static int readFirstEphemeralPort() {
        try {
            // Read as lines: Files.readString returns a truncated text for this procfs file (it reports size 0).
            return Integer.parseInt(Files.readAllLines(EPHEMERAL_RANGE).get(0).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return LOWEST;
        }
    }

    private static boolean bindable(int port) {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int systemChosen() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
