package se.rjh.mtp.platform.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import se.rjh.mtp.api.reporting.view.ChainBreak;
import se.rjh.mtp.api.reporting.view.ChainBreak.Kind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recomputes every aggregate's hash chain by walking all commits in {@code _id} order ({@code _id $in} windows up to
 * the counter, so it never relies on a scan or a sort). Memory: one (sequence, hash) per aggregate.
 * <p>
 * Nothing is skipped: an event without a hash or without its previous-hash link is a {@link Kind#MISSING_HASH} break,
 * a document that cannot be read is a {@link Kind#CHANGED} break, and commits the walk cannot reach because the
 * counter was lowered are reported too. Removing an aggregate's LAST events is not detectable from the chain alone.
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
        List<ChainBreak> breaks = new ArrayList<>();
        long checked = 0;
        // Counted before the counter is read: every commit counted then lies below the counter read after it, so a
        // commit the walk misses can only be one the counter was lowered beneath.
        long stored = events.countDocuments();
        long reserved = sequence.reservedCount();
        long walked = 0;
        for (long start = 0; start < reserved; start += WINDOW) {
            List<Long> ids = new ArrayList<>(WINDOW);
            for (long id = start; id < Math.min(start + WINDOW, reserved); id++) {
                ids.add(id);
            }
            for (Document commit : CommitDocuments.distinctSorted(events.find(Filters.in(CommitDocuments.ID, ids)))) {
                walked++;
                for (StoredEvent e : readable(commit, breaks)) {
                    checked++;
                    check(e, heads, breaks);
                }
            }
        }
        if (walked < stored) {
            breaks.add(new ChainBreak(null, -1, null, Kind.CHANGED, (stored - walked) + " stored commit(s) lie at or "
                    + "above the global counter (" + reserved + ") and were not verified: the counter was lowered",
                                      reserved));
        }
        return ChainVerificationReport.of(checked, heads.size(), 0, breaks);
    }

    /** The commit's events, or none and a break when a field the chain needs is missing or of the wrong type. */
    private static List<StoredEvent> readable(Document commit, List<ChainBreak> breaks) {
        try {
            return CommitDocuments.events(commit);
        } catch (RuntimeException e) {
            breaks.add(new ChainBreak(null, -1, null, Kind.CHANGED, "the commit document cannot be read ("
                    + e.getClass().getSimpleName() + ")", CommitDocuments.id(commit)));
            return List.of();
        }
    }

    private static void check(StoredEvent e, Map<String, ChainHeads.Head> heads, List<ChainBreak> breaks) {
        if (e.hash() == null || e.prevHash() == null) {
            breaks.add(breakAt(e, Kind.MISSING_HASH, e.hash() == null ? "no hash" : "no previous-hash link"));
        } else if (!e.recomputeHash().equals(e.hash())) {
            breaks.add(breakAt(e, Kind.CHANGED, "stored hash does not match content"));
        }
        if (!e.domain()) {
            if (e.prevHash() != null && !EventHashes.GENESIS.equals(e.prevHash())) {
                breaks.add(breakAt(e, Kind.REORDERED, "non-aggregate event not on genesis"));
            }
            return;
        }
        ChainHeads.Head previous = heads.get(e.aggregateIdentifier());
        long expectedSeq = previous == null ? 0 : previous.sequenceNumber() + 1;
        String expectedPrev = previous == null ? EventHashes.GENESIS : previous.hash();
        if (e.sequenceNumber() > expectedSeq) {
            breaks.add(breakAt(e, Kind.REMOVED, "sequence " + expectedSeq + ".." + (e.sequenceNumber() - 1) + " missing"));
        } else if (e.sequenceNumber() < expectedSeq) {
            breaks.add(breakAt(e, Kind.REORDERED, "sequence " + e.sequenceNumber() + " after " + (expectedSeq - 1)));
        } else if (expectedPrev != null && e.prevHash() != null && !expectedPrev.equals(e.prevHash())) {
            // A missing hash on either side is already a MISSING_HASH break; not repeated as a broken link.
            breaks.add(breakAt(e, Kind.REORDERED, "prevHash is not the predecessor's hash"));
        }
        if (previous == null || e.sequenceNumber() > previous.sequenceNumber()) {
            heads.put(e.aggregateIdentifier(), new ChainHeads.Head(e.sequenceNumber(), e.hash()));
        }
    }

    private static ChainBreak breakAt(StoredEvent e, Kind kind, String detail) {
        return new ChainBreak(e.aggregateIdentifier(), e.sequenceNumber(), e.eventIdentifier(), kind, detail,
                              e.globalIndex());
    }
}
