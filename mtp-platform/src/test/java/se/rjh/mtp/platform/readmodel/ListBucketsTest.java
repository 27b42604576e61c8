package se.rjh.mtp.platform.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.rjh.mtp.platform.eventstore.EmbeddedMongo;

/** Buckets split into pieces by id, changed by idempotent moves, read in one query. */
class ListBucketsTest {

    private static final int PIECES = 4;

    @RegisterExtension
    static final EmbeddedMongo MONGO = new EmbeddedMongo();

    private final MongoCollection<Document> collection =
            MONGO.database("buckets_" + UUID.randomUUID().toString().substring(0, 8)).getCollection("buckets");
    private final ListBuckets buckets = new ListBuckets(collection, PIECES, Comparator.comparingLong(Long::parseLong));

    @Test
    void eachKeyIsInThePieceOfItsIdAndAListReadsEveryPieceInListOrder() {
        List<String> keys = keys(40);
        keys.forEach(key -> buckets.move(key, List.of(), List.of("open:")));

        Map<String, Set<String>> stored = StoredBuckets.of(collection);
        assertThat(stored.keySet()).hasSize(PIECES).allSatisfy(id -> assertThat(id).matches("open:[0-3]"));
        stored.forEach((piece, inPiece) -> assertThat(inPiece).allSatisfy(key ->
                assertThat(piece).isEqualTo("open:" + Math.floorMod(ListBuckets.id(key).hashCode(), PIECES))));
        assertThat(buckets.keys(List.of("open:"), List.of())).isEqualTo(inListOrder(keys));
    }

    @Test
    void aMoveMadeAgainChangesNothing() {
        List<String> keys = keys(12);
        keys.forEach(key -> buckets.move(key, List.of(), List.of("open:", "group:a:")));
        keys.subList(0, 6).forEach(key -> buckets.move(key, List.of("open:"), List.of("closed:")));
        Map<String, Set<String>> once = StoredBuckets.of(collection);

        keys.forEach(key -> buckets.move(key, List.of(), List.of("open:", "group:a:")));
        keys.subList(0, 6).forEach(key -> buckets.move(key, List.of("open:"), List.of("closed:")));

        assertThat(StoredBuckets.of(collection)).isNotEqualTo(Map.of()).isEqualTo(once);
        assertThat(buckets.keys(List.of("closed:"), List.of())).isEqualTo(inListOrder(keys.subList(0, 6)));
        assertThat(buckets.keys(List.of("open:"), List.of())).isEqualTo(inListOrder(keys.subList(6, 12)));
    }

    @Test
    void aListIsTheKeysInAnyOfItsBucketsAndInEveryOneOfTheOthersEachOnce() {
        List<String> keys = keys(20);
        for (int i = 0; i < keys.size(); i++) {
            buckets.move(keys.get(i), List.of(), List.of(i % 2 == 0 ? "open:" : "closed:", "type:" + i % 3 + ":"));
        }
        // Caught moving: in both steps for a moment.
        buckets.move(keys.get(0), List.of(), List.of("closed:"));

        List<String> expected = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (i % 3 == 0) {
                expected.add(keys.get(i));
            }
        }
        assertThat(buckets.keys(List.of("open:", "closed:"), List.of("type:0:"))).isEqualTo(inListOrder(expected));
        assertThat(buckets.keys(List.of("open:", "closed:"), List.of())).isEqualTo(inListOrder(keys));
        assertThat(buckets.keys(List.of("open:"), List.of("type:0:", "type:1:"))).isEmpty();
    }

    @Test
    void aRepairPutsTheKeyOnlyWhereThePlacementSaysAndFillAddsAsMovesWould() {
        List<String> keys = keys(10);
        keys.forEach(key -> buckets.move(key, List.of(), List.of("open:", "closed:")));

        keys.forEach(key -> buckets.repair(new ListBuckets.Placement(key, List.of("closed:"), List.of("open:"))));

        assertThat(buckets.keys(List.of("open:"), List.of())).isEmpty();
        assertThat(buckets.keys(List.of("closed:"), List.of())).isEqualTo(inListOrder(keys));
        Map<String, Set<String>> moved = StoredBuckets.withoutEmpty(StoredBuckets.of(collection));
        buckets.clear();
        assertThat(buckets.isEmpty()).isTrue();
        buckets.fill(keys.stream().map(key -> new ListBuckets.Placement(key, List.of("closed:"), List.of())).toList());
        assertThat(StoredBuckets.of(collection)).isEqualTo(moved);
    }

    /** Keys with repeated order parts, so that the id must break ties. */
    private static List<String> keys(int count) {
        return IntStream.range(0, count).mapToObj(i -> ListBuckets.key(Long.toString(1_000 + i % 7 * 100),
                UUID.randomUUID().toString())).toList();
    }

    private static List<String> inListOrder(List<String> keys) {
        return keys.stream().sorted(Comparator.comparingLong((String key) -> Long.parseLong(key.split("\\|")[0]))
                .reversed().thenComparing(ListBuckets::id)).toList();
    }
}
