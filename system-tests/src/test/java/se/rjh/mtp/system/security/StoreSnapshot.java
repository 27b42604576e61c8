package se.rjh.mtp.system.security;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;

/**
 * Every collection of every service database: its document count and a digest of its contents, read with the Mongo
 * driver. Token collections change their claim timestamps while idle, so only their counts are compared.
 */
record StoreSnapshot(Map<String, String> collections) {

    static StoreSnapshot take(MongoClient mongo) {
        Map<String, String> collections = new TreeMap<>();
        for (String database : mongo.listDatabaseNames()) {
            if (!database.startsWith("mtp-")) {
                continue;
            }
            MongoDatabase db = mongo.getDatabase(database);
            for (String name : db.listCollectionNames()) {
                long count = db.getCollection(name).countDocuments();
                String value = count + (name.toLowerCase().contains("token") ? "" : " " + digest(db, name));
                collections.put(database + "." + name, value);
            }
        }
        return new StoreSnapshot(collections);
    }

    /** The snapshot once nothing has moved for a second and a half (start-up seeding, Kafka catch-up, replay). */
    static StoreSnapshot whenQuiet(MongoClient mongo) {
        StoreSnapshot last = take(mongo);
        int stable = 0;
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (stable < 3 && System.nanoTime() < deadline) {
            sleep(500);
            StoreSnapshot next = take(mongo);
            stable = next.equals(last) ? stable + 1 : 0;
            last = next;
        }
        return last;
    }

    long documents() {
        return collections.values().stream().mapToLong(v -> Long.parseLong(v.split(" ")[0])).sum();
    }

    /** The collections whose count or contents differ, with before → after. */
    Map<String, String> differencesTo(StoreSnapshot after) {
        Map<String, String> differences = new TreeMap<>();
        for (String name : after.collections.keySet()) {
            if (!after.collections.get(name).equals(collections.get(name))) {
                differences.put(name, collections.get(name) + " → " + after.collections.get(name));
            }
        }
        collections.keySet().stream().filter(n -> !after.collections.containsKey(n))
                .forEach(n -> differences.put(n, collections.get(n) + " → (gone)"));
        return differences;
    }

    private static String digest(MongoDatabase db, String collection) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Document document : db.getCollection(collection).find().sort(new Document("_id", 1))) {
                sha.update(document.toJson().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
