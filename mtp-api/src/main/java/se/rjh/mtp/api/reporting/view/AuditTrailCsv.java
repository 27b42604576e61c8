package se.rjh.mtp.api.reporting.view;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A trail as RFC 4180 CSV, one line per entry under a header line: reporting-service's export and the portal's
 * filtered one. A cell that a spreadsheet would run as a formula (starting with = + - @, tab or CR) gets a leading
 * apostrophe, so an exported trail cannot execute anything an event's author typed.
 */
public final class AuditTrailCsv {

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
            new Column("hash", AuditTrailEntry::hash));

    private AuditTrailCsv() {
    }

    /** @param dataJson writes an event's data as one JSON cell (the caller's JSON library) */
    public static String toCsv(List<AuditTrailEntry> entries, Function<Map<String, Object>, String> dataJson) {
        StringBuilder csv = new StringBuilder(String.join(",", COLUMNS.stream().map(Column::name).toList()))
                .append(",data\r\n");
        for (AuditTrailEntry entry : entries) {
            for (Column column : COLUMNS) {
                Object value = column.value().apply(entry);
                csv.append(column == COLUMNS.get(0) ? "" : ",").append(cell(value == null ? "" : value.toString()));
            }
            csv.append(',').append(cell(entry.data() == null ? "" : dataJson.apply(entry.data()))).append("\r\n");
        }
        return csv.toString();
    }

    public static String cell(String text) {
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
