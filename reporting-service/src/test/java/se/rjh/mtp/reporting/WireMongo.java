package se.rjh.mtp.reporting;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;

/** A Mongo-wire server in memory for tests of the read models without the service, one fresh database per call. */
public final class WireMongo implements AutoCloseable {

    private final MongoServer server;
    private final MongoClient client;
    private int databases;

    public WireMongo() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
    }

    public synchronized MongoDatabase freshDatabase(String prefix) {
        return client.getDatabase(prefix + "-" + (++databases));
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
