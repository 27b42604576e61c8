package se.rjh.mtp.platform.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import se.rjh.mtp.api.reporting.view.ChainAnchors;
import se.rjh.mtp.api.reporting.view.ChainBreak;
import se.rjh.mtp.api.reporting.view.ChainBreak.Kind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Recomputes every aggregate's hash chain by walking all commits in {@code _id} order ({@code _id $in} windows up to
 * the counter, so it never relies on a scan or a sort). Memory: one (sequence, hash) per aggregate, and per anchor.
 * <p>
 * Nothing is skipped: an event without a hash or without its previous-hash link is a {@link Kind#MISSING_HASH} break,
 * a document that cannot be read is a {@link Kind#CHANGED} break, and commits the walk cannot reach because the
 * counter was lowered are reported too.
 * <p>
 * Removing an aggregate's LAST events leaves the chain itself intact, so that is detected only against heads anchored
 * outside this database ({@link #verify(Map)}): reporting-service's copy of every event received over Kafka, which
 * this service's database user cannot rewrite. The store must reach each anchored sequence ({@link Kind#TRUNCATED}
 * otherwise) and hold the anchored hash there ({@link Kind#REWRITTEN} otherwise). Being ahead of an anchor is normal:
 * reporting-service may not have received the latest events yet.
 */
public class ChainVerifier {

    private static final int WINDOW = 1000;

    private final MongoCollection<Document> events;
    private final GlobalSequence sequence;

    public ChainVerifier(MongoDatabase database) {
        this.events = database.getCollection(StoreCollections.EVENTS);
        this.sequence = new GlobalSequence(database.getCollection(StoreCollections.SEQUENCE));
    }

    /** The chains alone. */
    public ChainVerificationReport verify() {
        return verify(Map.of());
    }

    /**
     * The chains, and every anchored head: by aggregate id (for an event outside an aggregate: its event id). Chain
     * breaks come first, in global order, then the anchors the store does not match, by aggregate id.
     */
    public ChainVerificationReport verify(Map<String, ChainAnchors.Head> anchors) {
        Walk walk = new Walk(anchors);
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
                walk.commit(commit);
            }
        }
        if (walked < stored) {
            walk.breaks.add(new ChainBreak(null, -1, null, Kind.CHANGED, (stored - walked) + " stored commit(s) lie at "
                    + "or above the global counter (" + reserved + ") and were not verified: the counter was lowered",
                                           reserved));
        }
        walk.compareWithAnchors();
        return ChainVerificationReport.of(walk.checked, walk.heads.size(), anchors.size(), walk.breaks);
    }

    private static final class Walk {

        final Map<String, ChainHeads.Head> heads = new HashMap<>();
        final List<ChainBreak> breaks = new ArrayList<>();
        final Map<String, ChainAnchors.Head> anchors;
        /** Per anchored aggregate, the stored event at the anchored sequence (the first one met). */
        final Map<String, StoredEvent> atAnchor = new HashMap<>();
        long checked;

        Walk(Map<String, ChainAnchors.Head> anchors) {
            this.anchors = anchors;
        }

        void commit(Document commit) {
            List<StoredEvent> stored;
            try {
                stored = CommitDocuments.events(commit);
            } catch (RuntimeException e) {
                // A field the chain needs is missing or of the wrong type.
                breaks.add(new ChainBreak(null, -1, null, Kind.CHANGED, "the commit document cannot be read ("
                        + e.getClass().getSimpleName() + ")", CommitDocuments.id(commit)));
                return;
            }
            for (StoredEvent e : stored) {
                checked++;
                check(e);
                ChainAnchors.Head anchor = anchors.get(e.aggregateIdentifier());
                if (anchor != null && anchor.sequence() == e.sequenceNumber()) {
                    atAnchor.putIfAbsent(e.aggregateIdentifier(), e);
                }
            }
        }

        private void check(StoredEvent e) {
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
                breaks.add(breakAt(e, Kind.REMOVED,
                                   "sequence " + expectedSeq + ".." + (e.sequenceNumber() - 1) + " missing"));
            } else if (e.sequenceNumber() < expectedSeq) {
                breaks.add(breakAt(e, Kind.REORDERED,
                                   "sequence " + e.sequenceNumber() + " after " + (expectedSeq - 1)));
            } else if (expectedPrev != null && e.prevHash() != null && !expectedPrev.equals(e.prevHash())) {
                // A missing hash on either side is already a MISSING_HASH break; not repeated as a broken link.
                breaks.add(breakAt(e, Kind.REORDERED, "prevHash is not the predecessor's hash"));
            }
            if (previous == null || e.sequenceNumber() > previous.sequenceNumber()) {
                heads.put(e.aggregateIdentifier(), new ChainHeads.Head(e.sequenceNumber(), e.hash()));
            }
        }

        void compareWithAnchors() {
            new TreeMap<>(anchors).forEach((aggregateId, anchor) -> {
                StoredEvent stored = atAnchor.get(aggregateId);
                if (stored == null) {
                    ChainHeads.Head last = heads.get(aggregateId);
                    breaks.add(new ChainBreak(aggregateId, anchor.sequence(), anchor.eventId(), Kind.TRUNCATED,
                            "reporting-service received sequence " + anchor.sequence() + " over Kafka; the store "
                                    + (last == null ? "holds no event of this aggregate"
                                                    : "holds none at that sequence (its chain ends at "
                                                            + last.sequenceNumber() + ")"), null));
                } else if (!anchor.hash().equals(stored.hash())) {
                    breaks.add(breakAt(stored, Kind.REWRITTEN, "hash differs from the one reporting-service received "
                            + "over Kafka" + (anchor.eventId().equals(stored.eventIdentifier()) ? ""
                                              : " (for event " + anchor.eventId() + ")")));
                }
            });
        }
    }

    private static ChainBreak breakAt(StoredEvent e, Kind kind, String detail) {
        return new ChainBreak(e.aggregateIdentifier(), e.sequenceNumber(), e.eventIdentifier(), kind, detail,
                              e.globalIndex());
    }
}
