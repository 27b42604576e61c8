package se.rjh.mtp.platform.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.rjh.mtp.platform.eventstore.EmbeddedMongo;

/**
 * Rows and their buckets written together: a redelivered event changes neither, a bucket write lost between the row
 * and the buckets is put right by the row's last event delivered again, and rows written before the buckets fill
 * them once. The number of rows is {@code -Dmtp.test.bucketed.rows} (default 30).
 */
class BucketedDocumentsTest {

    private static final int ROWS = Integer.getInteger("mtp.test.bucketed.rows", 30);
    private static final int PIECES = 4;

    private enum Status { DRAFT, OPEN, DONE }

    @RegisterExtension
    static final EmbeddedMongo MONGO = new EmbeddedMongo();

    private final MongoDatabase database = MONGO.database("bucketed_" + UUID.randomUUID().toString().substring(0, 8));
    private final MongoCollection<Document> rows = database.getCollection("rows");
    private final MongoCollection<Document> stored = database.getCollection("buckets");
    private final ListBuckets buckets = new ListBuckets(stored, PIECES, Comparator.naturalOrder());
    private final BucketedDocuments documents = bucketed();
    private final Random random = new Random(Long.getLong("mtp.test.seed", 14));
    /** Every event applied, in order: what a redelivery hands over again. */
    private final List<Event> applied = new ArrayList<>();

    private record Event(String id, long sequence, Status status) {
    }

    private BucketedDocuments bucketed() {
        return new BucketedDocuments(rows, buckets, BucketedDocumentsTest::placement, "created", "status");
    }

    /** A row is in its status's bucket and in {@code all:}; it may have left any other status. */
    private static ListBuckets.Placement placement(Document row) {
        String status = row.getString("status");
        if (status == null) {
            return null;
        }
        return new ListBuckets.Placement(ListBuckets.key(row.getString("created"), row.getString("_id")),
                List.of(status + ":", "all:"),
                Arrays.stream(Status.values()).map(Enum::name).filter(s -> !s.equals(status)).map(s -> s + ":")
                        .toList());
    }

    @Test
    void everyEventDeliveredAgainInAnyOrderChangesNeitherRowsNorBuckets() {
        writeHistories();
        Map<String, Set<String>> buckets = StoredBuckets.of(stored);
        List<Document> written = rows.find().into(new ArrayList<>());

        List<Event> again = new ArrayList<>(applied);
        Collections.shuffle(again, random);
        again.forEach(this::deliver);

        assertThat(StoredBuckets.of(stored)).isEqualTo(buckets);
        assertThat(rows.find().into(new ArrayList<>())).isEqualTo(written);
        assertListsAsRowsSay();
    }

    @Test
    void aLostBucketWriteIsPutRightByTheRowsLastEventAndOnlyByIt() {
        writeHistories();
        List<Event> lastOfEach = new ArrayList<>();
        for (Document row : rows.find()) {
            String key = ListBuckets.key(row.getString("created"), row.getString("_id"));
            Status status = Status.valueOf(row.getString("status"));
            Status before = Status.values()[(status.ordinal() + 1) % Status.values().length];
            // The row was written but the bucket move was not.
            buckets.move(key, List.of(status + ":"), List.of(before + ":"));
            lastOfEach.add(applied.stream().filter(e -> e.id().equals(row.getString("_id"))).reduce((a, b) -> b)
                    .orElseThrow());
        }
        Map<String, Set<String>> lost = StoredBuckets.of(stored);

        applied.stream().filter(e -> !lastOfEach.contains(e)).forEach(this::deliver);
        assertThat(StoredBuckets.of(stored)).isEqualTo(lost);

        lastOfEach.forEach(this::deliver);
        assertListsAsRowsSay();
    }

    @Test
    void rowsWrittenBeforeTheBucketsFillThemOnceWhenMade() {
        writeHistories();
        Map<String, Set<String>> written = StoredBuckets.withoutEmpty(StoredBuckets.of(stored));
        stored.drop();

        bucketed();

        assertThat(StoredBuckets.of(stored)).isEqualTo(written);
        assertListsAsRowsSay();
        // Buckets present: not filled again, so a key taken out stays out.
        String key = buckets.keys(List.of("all:"), List.of()).get(0);
        buckets.move(key, List.of("all:"), List.of());
        bucketed();
        assertThat(buckets.keys(List.of("all:"), List.of())).doesNotContain(key).hasSize(ROWS - 1);
    }

    @Test
    void clearingDeletesRowsAndBuckets() {
        writeHistories();

        documents.clear();

        assertThat(rows.countDocuments()).isZero();
        assertThat(buckets.isEmpty()).isTrue();
    }

    /** Each row created, then moved between statuses a few times, rows interleaved. */
    private void writeHistories() {
        Map<String, Integer> left = new HashMap<>();
        for (int i = 0; i < ROWS; i++) {
            left.put(UUID.randomUUID().toString(), 1 + random.nextInt(5));
        }
        Map<String, Long> sequences = new HashMap<>();
        List<String> open = new ArrayList<>(left.keySet());
        Collections.sort(open);
        while (!open.isEmpty()) {
            String id = open.get(random.nextInt(open.size()));
            long sequence = sequences.merge(id, 1L, Long::sum) - 1;
            Event event = new Event(id, sequence, Status.values()[random.nextInt(Status.values().length)]);
            deliver(event);
            applied.add(event);
            if (left.merge(id, -1, Integer::sum) == 0) {
                open.remove(id);
            }
        }
    }

    private void deliver(Event event) {
        documents.apply(event.id(), event.sequence(), row -> {
            if (!row.containsKey("created")) {
                row.append("created", "2026-12-0" + (1 + Math.floorMod(event.id().hashCode(), 5)));
            }
            row.put("status", event.status().name());
        });
    }

    private void assertListsAsRowsSay() {
        for (Status status : Status.values()) {
            List<String> expected = rows.find(Filters.eq("status", status.name())).map(row -> ListBuckets.key(
                    row.getString("created"), row.getString("_id"))).into(new ArrayList<>());
            expected.sort(Comparator.comparing((String key) -> key.split("\\|")[0]).reversed()
                    .thenComparing(ListBuckets::id));
            assertThat(buckets.keys(List.of(status + ":"), List.of("all:"))).as("%s", status).isEqualTo(expected);
        }
        assertThat(buckets.keys(List.of("all:"), List.of())).hasSize((int) rows.countDocuments());
    }
}
