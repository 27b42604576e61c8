package se.rjh.mtp.platform.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recomputes every aggregate's hash chain by walking all commits in {@code _id} order ({@code _id $in} windows up to
 * the counter, so it never relies on a scan or a sort). Memory: one (sequence, hash) per aggregate.
 * Removing an aggregate's LAST events is not detectable from the chain alone.
 */
public class ChainVerifier {

    private static final int WINDOW = 1000;

    private final MongoCollection<Document> events;
    private final GlobalSequence sequence;

    public ChainVerifier(MongoDatabase database) {
        this(database, "events", "event_sequence");
    }

    public ChainVerifier(MongoDatabase database, String eventsCollection, String sequenceCollection) {
        this.events = database.getCollection(eventsCollection);
        this.sequence = new GlobalSequence(database.getCollection(sequenceCollection));
    }

    public ChainVerificationReport verify() {
        Map<String, ChainHeads.Head> heads = new HashMap<>();
        List<ChainVerificationReport.Break> breaks = new ArrayList<>();
        long checked = 0;
        long reserved = sequence.reservedCount();
        for (long start = 0; start < reserved; start += WINDOW) {
            List<Long> ids = new ArrayList<>(WINDOW);
            for (long id = start; id < Math.min(start + WINDOW, reserved); id++) {
                ids.add(id);
            }
            for (Document commit : CommitDocuments.distinctSorted(events.find(Filters.in(CommitDocuments.ID, ids)))) {
                for (StoredEvent e : CommitDocuments.events(commit)) {
                    checked++;
                    check(e, heads, breaks);
                }
            }
        }
        return new ChainVerificationReport(checked, heads.size(), breaks);
    }

    private static void check(StoredEvent e, Map<String, ChainHeads.Head> heads,
                              List<ChainVerificationReport.Break> breaks) {
        if (!e.recomputeHash().equals(e.hash())) {
            breaks.add(breakAt(e, ChainVerificationReport.Kind.CHANGED, "stored hash does not match content"));
        }
        if (!e.domain()) {
            if (!EventHashes.GENESIS.equals(e.prevHash())) {
                breaks.add(breakAt(e, ChainVerificationReport.Kind.REORDERED, "non-aggregate event not on genesis"));
            }
            return;
        }
        ChainHeads.Head previous = heads.get(e.aggregateIdentifier());
        long expectedSeq = previous == null ? 0 : previous.sequenceNumber() + 1;
        String expectedPrev = previous == null ? EventHashes.GENESIS : previous.hash();
        if (e.sequenceNumber() > expectedSeq) {
            breaks.add(breakAt(e, ChainVerificationReport.Kind.REMOVED,
                               "sequence " + expectedSeq + ".." + (e.sequenceNumber() - 1) + " missing"));
        } else if (e.sequenceNumber() < expectedSeq) {
            breaks.add(breakAt(e, ChainVerificationReport.Kind.REORDERED,
                               "sequence " + e.sequenceNumber() + " after " + (expectedSeq - 1)));
        } else if (!expectedPrev.equals(e.prevHash())) {
            breaks.add(breakAt(e, ChainVerificationReport.Kind.REORDERED, "prevHash is not the predecessor's hash"));
        }
        if (previous == null || e.sequenceNumber() > previous.sequenceNumber()) {
            heads.put(e.aggregateIdentifier(), new ChainHeads.Head(e.sequenceNumber(), e.hash()));
        }
    }

    private static ChainVerificationReport.Break breakAt(StoredEvent e, ChainVerificationReport.Kind kind,
                                                         String detail) {
        return new ChainVerificationReport.Break(e.aggregateIdentifier(), e.sequenceNumber(), e.globalIndex(), kind,
                                                 detail);
    }
}
