package se.rjh.mtp.platform.eventstore;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy between the real driver and mongo-java-server that breaks the connection around the next insert into
 * the {@code events} collection: either before forwarding it (the server never sees it) or after the server has
 * answered (the insert is applied, the answer is lost). That is exactly the "outcome unknown" a client sees when a
 * network or a primary fails mid-write. It can also refuse every connection, so nothing can be read back.
 */
final class CuttingProxy implements AutoCloseable {

    enum Cut {
        /** Drop the insert unsent and close the connection: nothing is stored. */
        BEFORE_INSERT,
        /** Forward the insert, drop the server's answer and close the connection: the insert is stored. */
        AFTER_INSERT,
        /** As AFTER_INSERT, and from then on close every connection, so no read can settle the outcome. */
        AFTER_INSERT_THEN_DOWN
    }

    private static final byte[] INSERT_EVENTS_KEY = "\u0002insert\u0000".getBytes(StandardCharsets.ISO_8859_1);

    private final ServerSocket listener;
    private final int upstreamPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger cuts = new AtomicInteger();
    private volatile Cut armed;
    private volatile boolean down;

    CuttingProxy(int upstreamPort) throws IOException {
        this.upstreamPort = upstreamPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "cutting-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    void arm(Cut cut) {
        armed = cut;
    }

    /** Let connections through again (after {@link Cut#AFTER_INSERT_THEN_DOWN}). */
    void up() {
        down = false;
    }

    /** How many inserts were cut: proof that the fault was injected. */
    int cuts() {
        return cuts.get();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (down) {
                    client.close();
                    continue;
                }
                Socket server = new Socket();
                server.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), upstreamPort));
                open.add(client);
                open.add(server);
                Connection connection = new Connection(client, server);
                start(() -> connection.pump(client.getInputStream(), server.getOutputStream(), true));
                start(() -> connection.pump(server.getInputStream(), client.getOutputStream(), false));
            } catch (IOException e) {
                // listener closed, or upstream gone
            }
        }
    }

    private static void start(IoTask task) {
        Thread thread = new Thread(() -> {
            try {
                task.run();
            } catch (IOException e) {
                // connection closed
            }
        }, "cutting-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private interface IoTask {
        void run() throws IOException;
    }

    /** One proxied connection; MongoDB's wire protocol is one request, one reply, so a flag links the two. */
    private final class Connection {
        private final Socket client;
        private final Socket server;
        private volatile boolean dropNextReply;

        Connection(Socket client, Socket server) {
            this.client = client;
            this.server = server;
        }

        void pump(InputStream from, OutputStream to, boolean request) throws IOException {
            DataInputStream in = new DataInputStream(from);
            while (true) {
                byte[] header = new byte[4];
                in.readFully(header);
                int length = (header[0] & 0xff) | (header[1] & 0xff) << 8 | (header[2] & 0xff) << 16
                        | (header[3] & 0xff) << 24;
                byte[] message = new byte[length];
                System.arraycopy(header, 0, message, 0, 4);
                in.readFully(message, 4, length - 4);
                if (request) {
                    Cut cut = armed;
                    if (cut != null && isInsertIntoEvents(message)) {
                        armed = null;
                        cuts.incrementAndGet();
                        if (cut == Cut.BEFORE_INSERT) {
                            close();
                            return;
                        }
                        dropNextReply = true;
                        if (cut == Cut.AFTER_INSERT_THEN_DOWN) {
                            down = true;
                        }
                    }
                } else if (dropNextReply) {
                    if (down) {
                        open.forEach(CuttingProxy::closeQuietly);
                    }
                    close();
                    return;
                }
                to.write(message);
                to.flush();
            }
        }

        private void close() {
            closeQuietly(client);
            closeQuietly(server);
        }
    }

    private static boolean isInsertIntoEvents(byte[] message) {
        String text = new String(message, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(new String(INSERT_EVENTS_KEY, StandardCharsets.ISO_8859_1));
        // {insert: "events"}: the key, then the string's int32 length (7 = "events" + NUL), then the name.
        return at >= 0 && text.startsWith("events\u0000", at + INSERT_EVENTS_KEY.length + 4);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        open.forEach(CuttingProxy::closeQuietly);
    }
}
