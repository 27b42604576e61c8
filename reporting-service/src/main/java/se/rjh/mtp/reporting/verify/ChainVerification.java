package se.rjh.mtp.reporting.verify;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bson.Document;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.common.MetadataKeys;
import se.rjh.mtp.api.reporting.view.ChainBreak;
import se.rjh.mtp.api.reporting.view.ChainBreak.Kind;
import se.rjh.mtp.api.reporting.view.ChainVerificationReport;
import se.rjh.mtp.platform.eventstore.EventHashes;
import se.rjh.mtp.reporting.ingest.AuditRecords;
import se.rjh.mtp.reporting.readmodel.Generations;
import se.rjh.mtp.reporting.readmodel.ReadModelWriter;
import se.rjh.mtp.reporting.readmodel.Records;

/**
 * Walks every aggregate's records in sequence order and reports CHANGED (content no longer matches its hash, the
 * readable copy differs from the hashed one, or the record cannot be read), REMOVED (a sequence gap), REORDERED
 * (prevHash is not the predecessor's hash) and MISSING_HASH (a record without a hash or previous-hash link: nothing
 * vouches for it, so it is a break, never skipped).
 */
@Component
public record ChainVerification(Generations generations) {

    /** Walks the records as Mongo returns them, ordered by aggregate and sequence, one aggregate at a time. */
    public ChainVerificationReport verify() {
        return walk(null);
    }

    /**
     * The same walk over one writing service's aggregates. An aggregate belongs to the service of its own events;
     * events of mtp-api's common package (a {@code NotificationSent} in a device's or an assignment's stream) carry
     * no service of their own, so selecting records by service would cut them out of their chain and report a gap.
     */
    public ChainVerificationReport verify(String service) {
        return walk(service);
    }

    private ChainVerificationReport walk(String service) {
        MongoCollection<Document> log = generations.active(ReadModelWriter.AUDIT_LOG);
        List<ChainBreak> breaks = new ArrayList<>();
        long[] counts = new long[2]; // checked, unhashed
        int aggregates = 0;
        List<Document> chain = new ArrayList<>();
        for (Document r : log.find(Filters.empty()).sort(Sorts.ascending("aggregateId", "sequence", "_id"))) {
            if (!chain.isEmpty() && !Objects.equals(chain.get(0).get("aggregateId"), r.get("aggregateId"))) {
                aggregates += check(chain, service, counts, breaks);
                chain.clear();
            }
            chain.add(r);
        }
        aggregates += check(chain, service, counts, breaks);
        return ChainVerificationReport.of(counts[0], aggregates, counts[1], breaks);
    }

    /** Checks one aggregate's records in order, when it belongs to the service asked for (any, if null). */
    private int check(List<Document> chain, String service, long[] counts, List<ChainBreak> breaks) {
        if (chain.isEmpty() || service != null && !service.equals(serviceOf(chain))) {
            return 0;
        }
        Document previous = null;
        for (Document r : chain) {
            counts[0]++;
            if (r.get("hash") == null) {
                counts[1]++;
            }
            check(r, previous, breaks);
            previous = r;
        }
        return 1;
    }

    /** The writing service of the aggregate's first event that names one. */
    private static String serviceOf(List<Document> chain) {
        return chain.stream().map(r -> r.get("service")).filter(s -> s instanceof String name
                && AuditRecords.isSourceService(name)).map(String.class::cast).findFirst().orElse(null);
    }

    private void check(Document r, Document previous, List<ChainBreak> breaks) {
        if (!readable(r)) {
            breaks.add(breakAt(r, Kind.CHANGED, "the record cannot be read: its id, aggregate, sequence or hash is "
                    + "missing or mistyped"));
            return;
        }
        if (r.getString("hash") == null || r.getString("prevHash") == null) {
            breaks.add(breakAt(r, Kind.MISSING_HASH, r.getString("hash") == null ? "arrived without a hash"
                    : "arrived without a previous-hash link"));
        } else {
            checkContent(r, breaks);
        }
        if (previous != null && !readable(previous)) {
            return; // the predecessor is already a break; its sequence and hash say nothing
        }
        long seq = sequence(r);
        long expected = previous == null ? 0 : sequence(previous) + 1;
        String expectedPrev = previous == null ? EventHashes.GENESIS : previous.getString("hash");
        if (seq > expected) {
            breaks.add(breakAt(r, Kind.REMOVED, "sequence " + expected + ".." + (seq - 1) + " missing"));
        } else if (seq < expected) {
            breaks.add(breakAt(r, Kind.REORDERED, "sequence " + seq + " appears twice"));
        } else if (expectedPrev != null && r.getString("prevHash") != null
                && !expectedPrev.equals(r.getString("prevHash"))) {
            // A missing hash on either side is already a MISSING_HASH break; not repeated as a broken link.
            breaks.add(breakAt(r, Kind.REORDERED, "prevHash is not the predecessor's hash"));
        }
    }

    private static void checkContent(Document r, List<ChainBreak> breaks) {
        try {
            if (!hashOf(r).equals(r.getString("hash"))) {
                breaks.add(breakAt(r, Kind.CHANGED, "stored hash does not match the content"));
            } else if (!Records.payload(r).equals(AuditCopy.parse(r.getString("rawPayload")))
                    || !sameMeta(r, MetadataKeys.ACTOR) || !sameMeta(r, MetadataKeys.CORRELATION_ID)) {
                breaks.add(breakAt(r, Kind.CHANGED, "readable copy differs from the hashed content"));
            }
        } catch (RuntimeException e) {
            // A hashed field missing, or verbatim payload or metadata that no longer parses: edited, since it was
            // stored as received.
            breaks.add(breakAt(r, Kind.CHANGED, "the hashed content cannot be read (" + e.getClass().getSimpleName()
                    + ")"));
        }
    }

    /**
     * The fields the walk needs are there with their types (a record edited by hand may lack them); the hashed
     * content itself is judged by its hash.
     */
    private static boolean readable(Document r) {
        return r.get("_id") instanceof String && r.get("aggregateId") instanceof String
                && r.get("sequence") instanceof Number && optionalText(r, "hash") && optionalText(r, "prevHash");
    }

    private static boolean optionalText(Document r, String field) {
        return r.get(field) == null || r.get(field) instanceof String;
    }

    private static long sequence(Document r) {
        return r.get("sequence", Number.class).longValue();
    }

    /** The event store's own hash function over the record's verbatim (as hashed) fields. */
    private static String hashOf(Document r) {
        return EventHashes.hash(r.getString("_id"), r.getString("aggregateId"), r.getString("aggregateType"),
                sequence(r), Records.millis(r), r.getString("payloadType"),
                r.getString("payloadRevision"), r.getString("rawPayload"),
                EventHashes.canonicalMetaDataJson(r.getString("rawMetaData")),
                r.getString("prevHash"));
    }

    /** The readable copy of a metadata value equals the one in the hashed metadata. */
    private static boolean sameMeta(Document r, String key) {
        return Objects.equals(r.getString(key), AuditCopy.metaValue(r, key));
    }

    private static ChainBreak breakAt(Document r, Kind kind, String detail) {
        return new ChainBreak(r.get("aggregateId") instanceof String a ? a : null,
                r.get("sequence") instanceof Number n ? n.longValue() : -1,
                r.get("_id") instanceof String id ? id : null, kind, detail);
    }
}
