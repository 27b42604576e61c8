package se.rjh.mtp.reporting.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bson.Document;
import org.springframework.stereotype.Component;
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

    public record Break(String aggregateId, long sequence, String eventId, String kind, String detail) {
    }

    public Map<String, Object> verify() {
        Map<String, List<Document>> byAggregate = new LinkedHashMap<>();
        long unhashed = 0;
        for (Document r : generations.active(ReadModelWriter.AUDIT_LOG).find()) {
            if (r.getString("hash") == null) {
                unhashed++;
            } else {
                byAggregate.computeIfAbsent(r.getString("aggregateId"), k -> new ArrayList<>()).add(r);
            }
        }
        List<Break> breaks = new ArrayList<>();
        long checked = 0;
        for (List<Document> records : byAggregate.values()) {
            records.sort(Records.BY_SEQUENCE);
            Document previous = null;
            for (Document r : records) {
                checked++;
                check(r, previous, breaks);
                previous = r;
            }
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("valid", breaks.isEmpty());
        report.put("eventsChecked", checked);
        report.put("aggregates", byAggregate.size());
        report.put("unverifiable", unhashed);
        report.put("breaks", breaks);
        return report;
    }

    private void check(Document r, Document previous, List<Break> breaks) {
        long seq = r.get("sequence", Number.class).longValue();
        if (!hashOf(r).equals(r.getString("hash"))) {
            breaks.add(breakAt(r, "CHANGED", "stored hash does not match the content"));
        } else if (!Records.payload(r).equals(AuditCopy.parse(r.getString("rawPayload")))
                || !Objects.equals(r.getString("actor"), AuditCopy.metaValue(r, "actor"))
                || !Objects.equals(r.getString("correlationId"), AuditCopy.metaValue(r, "correlationId"))) {
            breaks.add(breakAt(r, "CHANGED", "readable copy differs from the hashed content"));
        }
        long expected = previous == null ? 0 : previous.get("sequence", Number.class).longValue() + 1;
        String expectedPrev = previous == null ? EventHashes.GENESIS : previous.getString("hash");
        if (seq > expected) {
            breaks.add(breakAt(r, "REMOVED", "sequence " + expected + ".." + (seq - 1) + " missing"));
        } else if (seq < expected) {
            breaks.add(breakAt(r, "REORDERED", "sequence " + seq + " appears twice"));
        } else if (!expectedPrev.equals(r.getString("prevHash"))) {
            breaks.add(breakAt(r, "REORDERED", "prevHash is not the predecessor's hash"));
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

    private static Break breakAt(Document r, String kind, String detail) {
        return new Break(r.getString("aggregateId"), r.get("sequence", Number.class).longValue(), r.getString("_id"),
                kind, detail);
    }
}
