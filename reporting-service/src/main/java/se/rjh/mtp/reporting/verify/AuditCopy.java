package se.rjh.mtp.reporting.verify;

import org.bson.Document;
import se.rjh.mtp.reporting.ingest.AuditRecords;

/** Reads the verbatim (hashed) payload and metadata of an audit record to compare with its readable copy. */
final class AuditCopy {

    private AuditCopy() {
    }

    static Document parse(String rawPayload) {
        return AuditRecords.parse(rawPayload);
    }

    static String metaValue(Document record, String key) {
        String raw = record.getString("rawMetaData");
        if (raw == null || !raw.trim().startsWith("{")) {
            return null;
        }
        Object value = Document.parse(raw).get(key);
        return value == null ? null : value.toString();
    }
}
