package se.rjh.mtp.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import se.rjh.mtp.local.h2.ValueOrderedH2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.serialization.json.JacksonSerializer;
import se.rjh.mtp.platform.eventstore.MongoCommitEventStorageEngine;

import java.io.File;

/** A mongo-java-server (memory or H2 file backend) reached over TCP with the real driver, as services use it. */
final class BenchServer implements AutoCloseable {

    private final MongoServer server;
    private final MongoClient client;
    final String backend;

    private BenchServer(MongoBackend backend, String name) {
        this.backend = name;
        server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
    }

    static BenchServer memory() {
        return new BenchServer(new MemoryBackend(), "memory");
    }

    static BenchServer h2File(File file) {
        file.delete();
        return new BenchServer(ValueOrderedH2Backend.open(file.getAbsolutePath()), "h2-file");
    }

    MongoDatabase db(String name) {
        return client.getDatabase(name);
    }

    MongoCommitEventStorageEngine engine(String db, int batchSize) {
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        return MongoCommitEventStorageEngine.builder().database(db(db)).eventSerializer(serializer)
                                            .snapshotSerializer(serializer).batchSize(batchSize).build();
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
