package se.rjh.mtp.platform.eventstore;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.net.InetSocketAddress;
import java.util.function.Consumer;

/**
 * A real mongo-java-server (memory backend) on a random local port, reached over TCP by the real driver. On a static
 * {@code @RegisterExtension} field it serves the whole test class and is closed after it.
 */
public final class EmbeddedMongo implements AutoCloseable, AfterAllCallback {

    private final MongoServer server;
    private final MongoClient client;

    public EmbeddedMongo() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
    }

    public MongoDatabase database(String name) {
        return client.getDatabase(name);
    }

    public int port() {
        return server.getLocalAddress().getPort();
    }

    /** Another client, as another service instance would have; the caller closes it. */
    public MongoClient newClient() {
        return MongoClients.create("mongodb://127.0.0.1:" + port());
    }

    /** Another client that hands every command it starts to {@code onCommand}, to count what is asked on the wire. */
    public MongoClient newClient(Consumer<CommandStartedEvent> onCommand) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + port()))
                .addCommandListener(new CommandListener() {
                    @Override
                    public void commandStarted(CommandStartedEvent event) {
                        onCommand.accept(event);
                    }
                }).build());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
