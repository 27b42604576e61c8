package se.rjh.mtp.reporting.audit;

import java.util.List;
import org.bson.Document;
import se.rjh.mtp.api.reporting.view.AuditTrailCsv;
import se.rjh.mtp.api.reporting.view.AuditTrailEntry;

/** A trail as CSV ({@link AuditTrailCsv}), each event's data written as one JSON cell the way Mongo writes it. */
final class CsvExport {

    private CsvExport() {
    }

    static String toCsv(List<AuditTrailEntry> entries) {
        return AuditTrailCsv.toCsv(entries, data -> new Document(data).toJson());
    }
}
