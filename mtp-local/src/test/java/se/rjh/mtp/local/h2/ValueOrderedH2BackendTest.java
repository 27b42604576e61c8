package se.rjh.mtp.local.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * The value-ordered index maps behave as the stock H2 backend's: unique keys refused, {@code $in} and equality
 * lookups found (strings, longs, multikey arrays), stores written by the stock backend converted on open, and a
 * dropped collection leaves no index entries behind.
 */
class ValueOrderedH2BackendTest {

    @Test
    void uniqueIndexesAnswerLookupsAndRefuseDuplicates() throws Exception {
        Path file = Files.createTempDirectory("h2-index").resolve("store.mv");
        withServer(ValueOrderedH2Backend.open(file.toString()), events -> {
            fill(events, 0, 300);
            assertLookups(events, 300);
            assertThatThrownBy(() -> events.insertOne(new Document("_id", 7L).append("keys", List.of("x/7"))))
                    .isInstanceOf(MongoWriteException.class);
            assertThatThrownBy(() -> events.insertOne(new Document("_id", 9_999L).append("keys", List.of("a/5", "new"))))
                    .isInstanceOf(MongoWriteException.class)
                    .hasMessageContaining("E11000");
        });
        // Reopened from disk, the same answers.
        withServer(ValueOrderedH2Backend.open(file.toString()), events -> assertLookups(events, 300));
    }

    @Test
    void storeWrittenByTheStockBackendIsConvertedOnOpen() throws Exception {
        Path file = Files.createTempDirectory("h2-stock").resolve("store.mv");
        withServer(new H2Backend(file.toString()), events -> fill(events, 0, 200));

        withServer(ValueOrderedH2Backend.open(file.toString()), events -> {
            assertLookups(events, 200);
            assertThatThrownBy(() -> events.insertOne(new Document("_id", 3L).append("keys", List.of("q"))))
                    .isInstanceOf(MongoWriteException.class);
            fill(events, 200, 250);
            assertLookups(events, 250);
        });
    }

    @Test
    void droppedCollectionStartsAgainWithEmptyIndexes() throws Exception {
        Path file = Files.createTempDirectory("h2-drop").resolve("store.mv");
        withServer(ValueOrderedH2Backend.open(file.toString()), events -> {
            fill(events, 0, 10);
            events.drop();
            fill(events, 0, 10);
            assertLookups(events, 10);
        });
    }

    private static void fill(MongoCollection<Document> events, long from, long to) {
        events.createIndex(Indexes.ascending("keys"), new IndexOptions().unique(true));
        List<Document> docs = new ArrayList<>();
        LongStream.range(from, to).forEach(i -> docs.add(new Document("_id", i)
                .append("keys", List.of("a/" + i, "b/" + i)).append("payload", "event " + i)));
        events.insertMany(docs);
    }

    private static void assertLookups(MongoCollection<Document> events, long count) {
        List<Long> ids = LongStream.range(0, count + 5).boxed().toList();
        assertThat(events.find(Filters.in("_id", ids)).into(new ArrayList<>())).hasSize((int) count);
        assertThat(events.find(Filters.eq("_id", count - 1)).first()).isNotNull();
        assertThat(events.find(Filters.eq("_id", (double) (count - 1))).first())
                .as("numbers equal by value, as in MongoDB").isNotNull();
        assertThat(events.find(Filters.in("keys", List.of("b/0", "a/" + (count - 1), "a/" + count)))
                .into(new ArrayList<>())).hasSize(2);
    }

    private static void withServer(MongoBackend backend, Consumer<MongoCollection<Document>> work) {
        MongoServer server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            work.accept(client.getDatabase("store").getCollection("events"));
        } finally {
            server.shutdownNow();
        }
    }
}
