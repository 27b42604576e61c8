package se.rjh.mtp.platform.eventstore;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

/**
 * The unique {@code globalIndexes} index, and the one-off migration of commits written before it existed (they have
 * only {@code _id}, their first index). Runs at every start and is idempotent: a marker document
 * {@code {_id: "layout", version: 2}} next to the counter says the backfill is done, so later starts do not scan.
 * <p>
 * Order matters: the backfill gives every old commit its range, then the unique index is built. If the old data holds
 * overlapping ranges (defect possible before this layout), the build fails and the service refuses to start with a
 * message saying so, rather than serving a store in which two events share an index.
 */
record GlobalIndexLayout(MongoCollection<Document> events, MongoCollection<Document> meta) {

    static final String INDEX_NAME = "globalIndexes_unique";
    private static final String MARKER_ID = "layout";
    private static final String VERSION = "version";
    private static final int CURRENT = 2;

    void ensure() {
        Document marker = meta.find(Filters.eq(CommitDocuments.ID, MARKER_ID)).first();
        boolean done = marker != null && ((Number) marker.get(VERSION)).intValue() >= CURRENT;
        if (!done) {
            backfill();
        }
        try {
            events.createIndex(Indexes.ascending(CommitDocuments.GLOBAL_INDEXES),
                               new IndexOptions().unique(true).name(INDEX_NAME));
        } catch (MongoException e) {
            throw new IllegalStateException("Cannot create the unique index on " + CommitDocuments.GLOBAL_INDEXES
                    + ": the event store holds commits whose global-index ranges overlap (or a writer of the old"
                    + " layout is still running). See docs/operations.md, section 'Händelselagringens layout'.", e);
        }
        if (!done) {
            meta.updateOne(Filters.eq(CommitDocuments.ID, MARKER_ID), Updates.set(VERSION, CURRENT),
                           new UpdateOptions().upsert(true));
        }
    }

    /** Gives every commit without {@code globalIndexes} its range {@code _id .. _id+events-1}; returns how many. */
    long backfill() {
        long updated = 0;
        for (Document commit : events.find(Filters.exists(CommitDocuments.GLOBAL_INDEXES, false))) {
            int count = commit.getList(CommitDocuments.EVENTS, Object.class).size();
            events.updateOne(Filters.eq(CommitDocuments.ID, commit.get(CommitDocuments.ID)),
                             Updates.set(CommitDocuments.GLOBAL_INDEXES,
                                         CommitDocuments.range(CommitDocuments.id(commit), count)));
            updated++;
        }
        return updated;
    }
}
