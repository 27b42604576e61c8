package se.rjh.mtp.platform.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import java.util.Optional;

/** Latest snapshot per aggregate: {@code {_id: aggregateIdentifier, event: <event subdocument>}}, read by _id. */
record SnapshotStore(MongoCollection<Document> snapshots) {

    private static final String EVENT = "event";

    Optional<StoredEvent> read(String aggregateIdentifier) {
        Document doc = snapshots.find(Filters.eq(CommitDocuments.ID, aggregateIdentifier)).first();
        return doc == null ? Optional.empty() : Optional.of(CommitDocuments.event(doc.get(EVENT, Document.class)));
    }

    /**
     * Replaces the stored snapshot unless that one is newer. Read-then-replace is not atomic, but a lost race only
     * costs a slightly older snapshot; a conditional filter on the sequence would make mongo-java-server scan.
     */
    void store(StoredEvent snapshot) {
        Optional<StoredEvent> current = read(snapshot.aggregateIdentifier());
        if (current.isPresent() && current.get().sequenceNumber() > snapshot.sequenceNumber()) {
            return;
        }
        snapshots.replaceOne(Filters.eq(CommitDocuments.ID, snapshot.aggregateIdentifier()),
                             new Document(CommitDocuments.ID, snapshot.aggregateIdentifier())
                                     .append(EVENT, CommitDocuments.eventDocument(snapshot)),
                             new ReplaceOptions().upsert(true));
    }
}
