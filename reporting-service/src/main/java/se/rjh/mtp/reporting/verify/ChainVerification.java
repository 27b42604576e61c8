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
import se.rjh.mtp.reporting.readmodel.Generations;
import se.rjh.mtp.reporting.readmodel.ReadModelWriter;
import se.rjh.mtp.reporting.readmodel.Records;

/**
 * Walks every aggregate's records in sequence order and reports CHANGED (content no longer matches its hash, or
 * the readable copy differs from the hashed one), REMOVED (a sequence gap) and REORDERED (prevHash is not the
 * predecessor's hash). Records that arrived without a hash are counted as unverifiable, not as breaks.
 */
@Component
public class ChainVerification {

    private final Generations generations;

    public ChainVerification(Generations generations) {
        this.generations = generations;
    }

    /** Walks the hashed records as Mongo returns them, ordered by aggregate and sequence, one at a time. */
    public ChainVerificationReport verify() {
        MongoCollection<Document> log = generations.active(ReadModelWriter.AUDIT_LOG);
        long unhashed = log.countDocuments(Filters.eq("hash", null));
        List<ChainBreak> breaks = new ArrayList<>();
        long checked = 0;
        int aggregates = 0;
        Document previous = null;
        for (Document r : log.find(Filters.ne("hash", null))
                .sort(Sorts.ascending("aggregateId", "sequence", "_id"))) {
            if (previous == null || !previous.getString("aggregateId").equals(r.getString("aggregateId"))) {
                aggregates++;
                previous = null;
            }
            checked++;
            check(r, previous, breaks);
            previous = r;
        }
        return new ChainVerificationReport(breaks.isEmpty(), checked, aggregates, unhashed, breaks);
    }

    private void check(Document r, Document previous, List<ChainBreak> breaks) {
        long seq = r.get("sequence", Number.class).longValue();
        if (!hashOf(r).equals(r.getString("hash"))) {
            breaks.add(breakAt(r, Kind.CHANGED, "stored hash does not match the content"));
        } else if (!Records.payload(r).equals(AuditCopy.parse(r.getString("rawPayload")))
                || !sameMeta(r, MetadataKeys.ACTOR) || !sameMeta(r, MetadataKeys.CORRELATION_ID)) {
            breaks.add(breakAt(r, Kind.CHANGED, "readable copy differs from the hashed content"));
        }
        long expected = previous == null ? 0 : previous.get("sequence", Number.class).longValue() + 1;
        String expectedPrev = previous == null ? EventHashes.GENESIS : previous.getString("hash");
        if (seq > expected) {
            breaks.add(breakAt(r, Kind.REMOVED, "sequence " + expected + ".." + (seq - 1) + " missing"));
        } else if (seq < expected) {
            breaks.add(breakAt(r, Kind.REORDERED, "sequence " + seq + " appears twice"));
        } else if (!expectedPrev.equals(r.getString("prevHash"))) {
            breaks.add(breakAt(r, Kind.REORDERED, "prevHash is not the predecessor's hash"));
        }
    }

    /** The event store's own hash function over the record's verbatim (as hashed) fields. */
    private static String hashOf(Document r) {
        return EventHashes.hash(r.getString("_id"), r.getString("aggregateId"), r.getString("aggregateType"),
                r.get("sequence", Number.class).longValue(), Records.millis(r), r.getString("payloadType"),
                r.getString("payloadRevision"), r.getString("rawPayload"),
                EventHashes.canonicalMetaDataJson(r.getString("rawMetaData")),
                r.getString("prevHash"));
    }

    /** The readable copy of a metadata value equals the one in the hashed metadata. */
    private static boolean sameMeta(Document r, String key) {
        return Objects.equals(r.getString(key), AuditCopy.metaValue(r, key));
    }

    private static ChainBreak breakAt(Document r, Kind kind, String detail) {
        return new ChainBreak(r.getString("aggregateId"), r.get("sequence", Number.class).longValue(), r.getString("_id"),
                kind, detail);
    }
}
