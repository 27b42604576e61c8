package se.rjh.mtp.bench;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;

/** Raw-driver rates on the same server: the yardsticks the engine is compared with. */
final class Baselines {

    record Rates(double insertMany, double insertOne, double inRead) {
    }

    private static final String PAYLOAD = "p".repeat(300);

    private Baselines() {
    }

    static Rates measure(MongoDatabase db, int docs) {
        MongoCollection<Document> many = db.getCollection("raw_many");
        long t0 = System.nanoTime();
        for (int start = 0; start < docs; start += 1000) {
            List<Document> batch = new ArrayList<>(1000);
            for (int i = start; i < Math.min(start + 1000, docs); i++) {
                batch.add(new Document("_id", (long) i).append("payload", PAYLOAD));
            }
            many.insertMany(batch);
        }
        double insertMany = docs / seconds(t0);

        MongoCollection<Document> one = db.getCollection("raw_one");
        int singles = Math.max(1000, docs / 5);
        t0 = System.nanoTime();
        for (int i = 0; i < singles; i++) {
            one.insertOne(new Document("_id", (long) i).append("payload", PAYLOAD));
        }
        double insertOne = singles / seconds(t0);

        t0 = System.nanoTime();
        double inRead = readByIdIn(many, docs) / seconds(t0);
        return new Rates(insertMany, insertOne, inRead);
    }

    /** Reads documents {@code _id} 0 .. count-1 as the event store's readers do: {@code $in} over 500 ids at a time. */
    static long readByIdIn(MongoCollection<Document> collection, long count) {
        long read = 0;
        for (long start = 0; start < count; start += 500) {
            List<Long> ids = new ArrayList<>(500);
            for (long i = start; i < Math.min(start + 500, count); i++) {
                ids.add(i);
            }
            read += collection.find(Filters.in("_id", ids)).into(new ArrayList<>()).size();
        }
        return read;
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
