package se.rjh.mtp.local;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import se.rjh.mtp.local.h2.ValueOrderedH2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MongoDB wire-protocol server in this JVM: H2 file backend for the local run (data kept on disk), memory backend
 * for tests. Services reach it over TCP with the real driver, exactly as they would reach a replica set.
 * It has no transactions and uses only unique indexes; the platform's event store is built for that.
 */
public final class EmbeddedMongo implements AutoCloseable {

    private final Path file;
    private final int port;
    private MongoBackend backend;
    private MongoServer server;

    private EmbeddedMongo(Path file, int port) {
        this.file = file;
        this.port = port;
    }

    /** @param file the H2 store file, or {@code null} for an in-memory server */
    public static EmbeddedMongo start(Path file, int port) {
        EmbeddedMongo mongo = new EmbeddedMongo(file, port);
        mongo.startServer();
        return mongo;
    }

    public String uri() {
        return "mongodb://127.0.0.1:" + port;
    }

    public synchronized void startServer() {
        if (server != null) {
            return;
        }
        if (backend == null) {
            backend = file == null ? new MemoryBackend() : openFileBackend();
        }
        server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
    }

    /**
     * Drops every connection and closes the store, as a crashed or restarted server would. With the file backend
     * {@link #startServer()} reopens the same data; an in-memory server starts empty.
     */
    public synchronized void stop() {
        if (server != null) {
            server.shutdownNow(); // also closes the backend
            server = null;
            backend = null;
        }
    }

    private MongoBackend openFileBackend() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot create " + file.getParent(), e);
        }
        return ValueOrderedH2Backend.open(file.toAbsolutePath().toString());
    }

    @Override
    public synchronized void close() {
        stop();
    }
}
