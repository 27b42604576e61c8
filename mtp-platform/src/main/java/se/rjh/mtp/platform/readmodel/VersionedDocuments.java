package se.rjh.mtp.platform.readmodel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.bson.Document;

/**
 * One document per aggregate that remembers the last sequence number it applied, so an event handled again
 * (a replay, a redelivery) changes nothing.
 */
public record VersionedDocuments(MongoCollection<Document> collection) {

    private static final String LAST_SEQUENCE = "lastSequence";

    public void apply(String id, long sequence, Consumer<Document> change) {
        Document doc = collection.find(Filters.eq("_id", id)).first();
        if (doc == null) {
            doc = new Document("_id", id);
        } else if (doc.get(LAST_SEQUENCE, -1L) >= sequence) {
            return;
        }
        change.accept(doc);
        doc.put(LAST_SEQUENCE, sequence);
        collection.replaceOne(Filters.eq("_id", id), doc, new ReplaceOptions().upsert(true));
    }

    /**
     * An event of the aggregate that changes nothing the document shows: only its version moves, so that a read
     * waiting for the document to reach the aggregate's last event ({@code VersionedResource#projected}) is not kept
     * waiting. No document is made for it.
     */
    public void passOver(String id, long sequence) {
        collection.updateOne(Filters.eq("_id", id), Updates.max(LAST_SEQUENCE, sequence));
    }

    /**
     * For a projection's catch-all handler ({@code on(Object, DomainEventMessage)}, which Axon calls only for events
     * no more specific handler takes): passes over the events of {@code aggregate}, ignores all others.
     */
    public void passOver(DomainEventMessage<?> event, Class<?> aggregate) {
        if (aggregate.getSimpleName().equals(event.getType())) {
            passOver(event.getAggregateIdentifier(), event.getSequenceNumber());
        }
    }

    /** The last sequence number the document has applied, read by {@code _id}; empty while there is no document. */
    public Optional<Long> lastSequence(String id) {
        return lastSequence(collection, id);
    }

    /** {@link #lastSequence(String)} for a query class that holds the collection only. */
    public static Optional<Long> lastSequence(MongoCollection<Document> collection, String id) {
        Document doc = collection.find(Filters.eq("_id", id)).projection(Projections.include(LAST_SEQUENCE)).first();
        return Optional.ofNullable(doc).map(d -> d.get(LAST_SEQUENCE, Number.class)).map(Number::longValue);
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
            if (!k.equals("_id") && !k.equals(LAST_SEQUENCE)) {
                copy.put(k, v);
            }
        });
        return copy;
    }
}
