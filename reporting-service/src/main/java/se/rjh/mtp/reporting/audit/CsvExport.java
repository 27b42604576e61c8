package se.rjh.mtp.reporting.audit;

import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * RFC 4180 CSV of a trail. A cell that a spreadsheet would run as a formula (starting with = + - @, tab or CR)
 * gets a leading apostrophe, so an exported trail cannot execute anything an event's author typed.
 */
final class CsvExport {

    static final List<String> COLUMNS = List.of("timestamp", "service", "aggregateType", "aggregateId", "sequence",
            "eventType", "actor", "correlationId", "eventId", "hash", "data");

    private CsvExport() {
    }

    static String toCsv(List<Map<String, Object>> entries) {
        StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (Map<String, Object> entry : entries) {
            for (int i = 0; i < COLUMNS.size(); i++) {
                Object value = entry.get(COLUMNS.get(i));
                String text = value instanceof Document d ? d.toJson() : value == null ? "" : value.toString();
                csv.append(i == 0 ? "" : ",").append(cell(text));
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
