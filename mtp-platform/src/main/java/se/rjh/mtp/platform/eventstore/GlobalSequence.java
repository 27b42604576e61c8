package se.rjh.mtp.platform.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;

/**
 * The global event counter: one document {@code {_id: "global", value: n}} where n is the number of global indexes
 * ever reserved. Indexes start at 0; a reservation of k numbers yields {@code value-k .. value-1}.
 */
record GlobalSequence(MongoCollection<Document> collection) {

    private static final String COUNTER_ID = "global";
    private static final String VALUE = "value";

    /** Reserves {@code count} consecutive indexes and returns the first. */
    long reserve(int count) {
        Document after = collection.findOneAndUpdate(
                Filters.eq(CommitDocuments.ID, COUNTER_ID),
                Updates.inc(VALUE, (long) count),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return ((Number) after.get(VALUE)).longValue() - count;
    }

    /** Number of indexes reserved so far (committed or not); every stored index is below it. */
    long reservedCount() {
        Document doc = collection.find(Filters.eq(CommitDocuments.ID, COUNTER_ID)).first();
        return doc == null ? 0 : ((Number) doc.get(VALUE)).longValue();
    }
}
