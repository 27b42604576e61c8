package se.rjh.mtp.platform.readmodel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.bson.Document;

/**
 * One document per aggregate that remembers the last sequence number it applied, so an event handled again
 * (a replay, a redelivery) changes nothing.
 */
public record VersionedDocuments(MongoCollection<Document> collection) {

    public void apply(String id, long sequence, Consumer<Document> change) {
        Document doc = collection.find(Filters.eq("_id", id)).first();
        if (doc == null) {
            doc = new Document("_id", id);
        } else if (doc.get("lastSequence", -1L) >= sequence) {
            return;
        }
        change.accept(doc);
        doc.put("lastSequence", sequence);
        collection.replaceOne(Filters.eq("_id", id), doc, new ReplaceOptions().upsert(true));
    }

    public Optional<Document> find(String id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id)).first()).map(VersionedDocuments::forClients);
    }

    public List<Document> all() {
        List<Document> docs = collection.find().into(new ArrayList<>());
        return docs.stream().map(VersionedDocuments::forClients).toList();
    }

    /** Appends to a list field, creating it when absent. */
    public static void push(Document doc, String field, Document item) {
        List<Document> list = new ArrayList<>(doc.getList(field, Document.class, List.of()));
        list.add(item);
        doc.put(field, list);
    }

    private static Document forClients(Document doc) {
        Document copy = new Document("id", doc.get("_id"));
        doc.forEach((k, v) -> {
            if (!k.equals("_id") && !k.equals("lastSequence")) {
                copy.put(k, v);
            }
        });
        return copy;
    }
}
