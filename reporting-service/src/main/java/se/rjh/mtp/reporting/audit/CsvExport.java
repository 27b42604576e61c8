package se.rjh.mtp.reporting.audit;

import java.util.List;
import java.util.function.Function;
import org.bson.Document;
import se.rjh.mtp.api.reporting.view.AuditTrailEntry;

/**
 * RFC 4180 CSV of a trail. A cell that a spreadsheet would run as a formula (starting with = + - @, tab or CR)
 * gets a leading apostrophe, so an exported trail cannot execute anything an event's author typed.
 */
final class CsvExport {

    private record Column(String name, Function<AuditTrailEntry, Object> value) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("timestamp", AuditTrailEntry::timestamp),
            new Column("service", AuditTrailEntry::service),
            new Column("aggregateType", AuditTrailEntry::aggregateType),
            new Column("aggregateId", AuditTrailEntry::aggregateId),
            new Column("sequence", AuditTrailEntry::sequence),
            new Column("eventType", AuditTrailEntry::eventType),
            new Column("actor", AuditTrailEntry::actor),
            new Column("correlationId", AuditTrailEntry::correlationId),
            new Column("eventId", AuditTrailEntry::eventId),
            new Column("hash", AuditTrailEntry::hash),
            // The event's data as one JSON cell.
            new Column("data", e -> e.data() == null ? null : new Document(e.data()).toJson()));

    private CsvExport() {
    }

    static String toCsv(List<AuditTrailEntry> entries) {
        StringBuilder csv = new StringBuilder(String.join(",", COLUMNS.stream().map(Column::name).toList()))
                .append("\r\n");
        for (AuditTrailEntry entry : entries) {
            for (int i = 0; i < COLUMNS.size(); i++) {
                Object value = COLUMNS.get(i).value().apply(entry);
                csv.append(i == 0 ? "" : ",").append(cell(value == null ? "" : value.toString()));
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    static String cell(String text) {
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
