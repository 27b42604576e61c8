package se.rjh.mtp.reporting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.bson.Document;

/**
 * How Kafka may hand the projections their records, for the tests that the read models come out the same: some
 * records twice, out of order, in batches of any size.
 */
final class Redelivery {

    private Redelivery() {
    }

    /** The records with those from {@code from} (inclusive) to {@code to} once more, shuffled by the seed. */
    static List<Document> scrambled(List<Document> records, int from, int to, long seed) {
        List<Document> scrambled = new ArrayList<>(records);
        scrambled.addAll(records.subList(from, to));
        Collections.shuffle(scrambled, new Random(seed));
        return scrambled;
    }

    /** The records in order, cut into batches of this size (the last may be smaller). */
    static List<List<Document>> batches(List<Document> records, int size) {
        List<List<Document>> batches = new ArrayList<>();
        for (int from = 0; from < records.size(); from += size) {
            batches.add(records.subList(from, Math.min(records.size(), from + size)));
        }
        return batches;
    }
}
