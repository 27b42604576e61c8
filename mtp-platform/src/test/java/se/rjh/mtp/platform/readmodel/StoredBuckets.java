package se.rjh.mtp.platform.readmodel;

import com.mongodb.client.MongoCollection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bson.Document;

/** The bucket pieces as stored, for comparing before and after: piece {@code _id} to its keys. */
final class StoredBuckets {

    private StoredBuckets() {
    }

    static Map<String, Set<String>> of(MongoCollection<Document> collection) {
        Map<String, Set<String>> stored = new HashMap<>();
        collection.find().forEach(d -> stored.put(d.getString("_id"),
                new TreeSet<>(d.getList("keys", String.class, List.of()))));
        return stored;
    }

    /** Without the pieces left empty by moves, which filling never writes. */
    static Map<String, Set<String>> withoutEmpty(Map<String, Set<String>> stored) {
        Map<String, Set<String>> kept = new HashMap<>(stored);
        kept.values().removeIf(Set::isEmpty);
        return kept;
    }
}
