package se.rjh.mtp.reporting.verify;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
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
        Tally all = new Tally();
        walk(service -> all);
        return all.report();
    }

    /**
     * The same walk, once, with each aggregate's result counted to its writing service, in
     * {@link AuditRecords#SOURCE_SERVICES}' order. An aggregate belongs to the service of its own events; events of
     * mtp-api's common package (a {@code NotificationSent} in a device's or an assignment's stream) carry no service of
     * their own, so selecting records by service would cut them out of their chain and report a gap.
     */
    public Map<String, ChainVerificationReport> verifyPerService() {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        AuditRecords.SOURCE_SERVICES.forEach(service -> tallies.put(service, new Tally()));
        walk(service -> service == null ? null : tallies.get(service));
        Map<String, ChainVerificationReport> reports = new LinkedHashMap<>();
        tallies.forEach((service, tally) -> reports.put(service, tally.report()));
        return reports;
    }

    /** Hands each aggregate's records, in order, to the tally of its service (none: not counted). */
    private void walk(Function<String, Tally> tallyOf) {
        MongoCollection<Document> log = generations.active(ReadModelWriter.AUDIT_LOG);
        List<Document> chain = new ArrayList<>();
        for (Document r : log.find(Filters.empty()).sort(Sorts.ascending("aggregateId", "sequence", "_id"))) {
            if (!chain.isEmpty() && !Objects.equals(chain.get(0).get("aggregateId"), r.get("aggregateId"))) {
                check(chain, tallyOf.apply(serviceOf(chain)));
                chain.clear();
            }
            chain.add(r);
        }
        if (!chain.isEmpty()) {
            check(chain, tallyOf.apply(serviceOf(chain)));
        }
    }

    private void check(List<Document> chain, Tally tally) {
        if (tally == null) {
            return;
        }
        tally.aggregates++;
        Document previous = null;
        for (Document r : chain) {
            tally.checked++;
            if (r.get("hash") == null) {
                tally.unhashed++;
            }
            check(r, previous, tally.breaks);
            previous = r;
        }
    }

    /** The writing service of the aggregate's first event that names one. */
    private static String serviceOf(List<Document> chain) {
        return chain.stream().map(r -> r.get("service")).filter(s -> s instanceof String name
                && AuditRecords.isSourceService(name)).map(String.class::cast).findFirst().orElse(null);
    }

    /** What one walk found for one report. */
    private static final class Tally {
        private final List<ChainBreak> breaks = new ArrayList<>();
        private long checked;
        private long unhashed;
        private int aggregates;

        ChainVerificationReport report() {
            return ChainVerificationReport.of(checked, aggregates, unhashed, breaks);
        }
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
