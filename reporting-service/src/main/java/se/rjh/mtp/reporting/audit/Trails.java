package se.rjh.mtp.reporting.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.bson.Document;
import se.rjh.mtp.api.common.MetadataKeys;
import se.rjh.mtp.api.reporting.view.AuditTrailEntry;
import se.rjh.mtp.reporting.readmodel.Records;

/** What every trail (a case's, an in-house device's) shares: its time order and how an entry reads. */
final class Trails {

    private Trails() {
    }

    /**
     * In time order. Within one millisecond of one service, a number series' event came first (same commit as the
     * case or device it numbers, stored first); then each aggregate's own order.
     */
    static List<Document> inTimeOrder(Collection<Document> records, String ownAggregateId) {
        List<Document> ordered = new ArrayList<>(records);
        ordered.sort(Comparator.comparingLong(Records::millis).thenComparing((Document d) -> d.getString("service"))
                .thenComparing(d -> ownAggregateId.equals(d.getString("aggregateId")))
                .thenComparing(Records.BY_SEQUENCE));
        return ordered;
    }

    /** One record as an auditor reads it: who, when, correlation id and the event's data. */
    static List<AuditTrailEntry> entries(List<Document> records) {
        return records.stream().map(Trails::entry).toList();
    }

    private static AuditTrailEntry entry(Document r) {
        return new AuditTrailEntry(r.getString("_id"), r.getString("timestamp"), Records.service(r),
                r.getString("aggregateType"), r.getString("aggregateId"), r.get("sequence", Number.class).longValue(),
                Records.type(r), r.getString(MetadataKeys.ACTOR), r.getString(MetadataKeys.CORRELATION_ID),
                Records.shownPayload(r), r.getString("hash"));
    }
}
