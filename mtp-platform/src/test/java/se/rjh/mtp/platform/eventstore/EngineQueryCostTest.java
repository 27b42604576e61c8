package se.rjh.mtp.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the engine asks MongoDB in the normal case, counted on the wire: queries per operation and {@code $in} values
 * per query. mongo-java-server answers each {@code $in} value with one index lookup, so these numbers are its cost.
 * The bounds are what the engine needs, not timings; a change that asks for more fails here.
 */
class EngineQueryCostTest {

    private EmbeddedMongo mongo;
    private MongoClient client;
    private final List<Command> commands = new ArrayList<>();

    /** One command sent: its name and how many {@code $in} values its filter holds. */
    record Command(String name, int inValues) {
    }

    @BeforeEach
    void setUp() {
        mongo = new EmbeddedMongo();
        client = mongo.newClient(event -> {
            BsonDocument command = event.getCommand();
            BsonValue filter = command.get("filter", command.get("query", new BsonDocument()));
            synchronized (commands) {
                commands.add(new Command(event.getCommandName(), inValues(filter)));
            }
        });
    }

    @AfterEach
    void tearDown() {
        client.close();
        mongo.close();
    }

    private static int inValues(BsonValue value) {
        int count = 0;
        if (value instanceof BsonDocument document) {
            for (var entry : document.entrySet()) {
                count += entry.getKey().equals("$in") && entry.getValue() instanceof BsonArray array
                        ? array.size() : inValues(entry.getValue());
            }
        } else if (value instanceof BsonArray array) {
            for (BsonValue element : array) {
                count += inValues(element);
            }
        }
        return count;
    }

    private List<Command> measure(String what, Runnable operation) {
        synchronized (commands) {
            commands.clear();
        }
        operation.run();
        List<Command> sent;
        synchronized (commands) {
            sent = List.copyOf(commands);
        }
        System.out.printf("%-52s %2d commands, %3d $in values %s%n", what, sent.size(),
                          sent.stream().mapToInt(Command::inValues).sum(), sent);
        return sent;
    }

    private static int inValues(List<Command> sent) {
        return sent.stream().mapToInt(Command::inValues).sum();
    }

    @Test
    void aCommandAndATrackingFetchCostAFewLookups() {
        MongoCommitEventStorageEngine engine = TestEvents.engineBuilder(client.getDatabase("cost")).build();
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(engine).build();
        try {
            engine.appendEvents(TestEvents.events("a", 0, 1));
            engine.appendEvents(TestEvents.events("a", 1, 1));
            engine.appendEvents(TestEvents.events("b", 0, 1));

            List<Command> load = measure("load of a 2-event aggregate (snapshot + events)",
                                         () -> assertThat(store.readEvents("a").asStream()).hasSize(2));
            List<Command> append = measure("append of 1 event (chain head cached)",
                                           () -> engine.appendEvents(TestEvents.events("a", 2, 1)));
            List<Command> last = measure("lastSequenceNumberFor of a 3-event aggregate",
                                         () -> assertThat(engine.lastSequenceNumberFor("a")).contains(2L));
            List<? extends TrackedEventData<?>> all = engine.fetchTrackedEvents(null, 100);
            TrackingToken head = all.get(all.size() - 1).trackingToken();
            List<Command> caughtUp = measure("tracking fetch when caught up",
                                             () -> assertThat(engine.fetchTrackedEvents(head, 100)).isEmpty());
            engine.appendEvents(TestEvents.events("b", 1, 1));
            List<Command> oneNew = measure("tracking fetch of 1 new event",
                                           () -> assertThat(engine.fetchTrackedEvents(head, 100)).hasSize(1));

            assertThat(load).hasSizeLessThanOrEqualTo(2);
            assertThat(inValues(load)).isLessThanOrEqualTo(8);
            assertThat(append).hasSizeLessThanOrEqualTo(2);
            assertThat(inValues(last)).isLessThanOrEqualTo(8);
            assertThat(caughtUp).hasSizeLessThanOrEqualTo(2);
            assertThat(inValues(caughtUp)).isLessThanOrEqualTo(8);
            assertThat(oneNew).hasSizeLessThanOrEqualTo(2);
            assertThat(inValues(oneNew)).isLessThanOrEqualTo(8);
        } finally {
            store.shutDown();
        }
    }
}
