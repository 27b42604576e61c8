package se.rjh.mtp.testsupport;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.bson.BsonDocument;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import se.rjh.mtp.local.EmbeddedInfrastructure;
import se.rjh.mtp.local.EmbeddedMongo;

/**
 * An in-memory mongo-java-server in the test's JVM, reached over TCP by the real driver, whose client records every
 * command it sends: so a test can show that a read model answers from the {@code _id} index (which commands, with
 * which filters) without mocking MongoDB. On a static {@code @RegisterExtension} field it serves the whole test class
 * and is closed after it.
 */
public final class RecordingMongo implements AfterAllCallback {

    /**
     * A command as sent.
     *
     * @param filter its {@code filter}, copied while the driver still holds it; null when it has none
     */
    public record Command(String database, String name, BsonDocument filter) {
    }

    private final List<Command> commands = Collections.synchronizedList(new ArrayList<>());
    private final EmbeddedMongo mongo;
    private final MongoClient client;

    private RecordingMongo() {
        mongo = EmbeddedMongo.start(null, EmbeddedInfrastructure.freePort());
        CommandListener recorder = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                BsonDocument filter = event.getCommand().isDocument("filter")
                        ? event.getCommand().getDocument("filter").clone() : null;
                commands.add(new Command(event.getDatabaseName(), event.getCommandName(), filter));
            }
        };
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(mongo.uri())).addCommandListener(recorder).build());
    }

    public static RecordingMongo start() {
        return new RecordingMongo();
    }

    /** A database of its own, so that tests sharing the server do not see each other's data. */
    public MongoDatabase newDatabase(String prefix) {
        return client.getDatabase(prefix + UUID.randomUUID().toString().substring(0, 8));
    }

    /** Forgets the commands sent so far. */
    public void clear() {
        commands.clear();
    }

    /** The commands sent to this database since {@link #clear}, in order. */
    public List<Command> sentTo(MongoDatabase database) {
        synchronized (commands) {
            return commands.stream().filter(c -> c.database().equals(database.getName())).toList();
        }
    }

    /** Closes the client and stops the server. */
    @Override
    public void afterAll(ExtensionContext context) {
        client.close();
        mongo.close();
    }
}
