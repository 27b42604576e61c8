package se.rjh.mtp.reporting.incidents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/** How many incident cases there are and how many were reported to each recipient HSLF-FS 2021:52 names. */
public final class IncidentFigures {

    private IncidentFigures() {
    }

    public static Map<String, Object> compute(List<Document> rows) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("total", rows.size());
        figures.put("reportedToManufacturer", count(rows, "reportedToManufacturerOn"));
        figures.put("reportedToMedicalProductsAgency", count(rows, "reportedToMedicalProductsAgencyOn"));
        figures.put("reportedToIvo", count(rows, "reportedToIvoOn"));
        figures.put("lexMariaAssessed", rows.stream().filter(r -> Boolean.TRUE.equals(r.get("lexMariaAssessed"))
                || (r.get("lexMariaAssessed") instanceof String s && !s.isBlank())).count());
        return figures;
    }

    private static long count(List<Document> rows, String field) {
        return rows.stream().filter(r -> r.get(field) != null).count();
    }
}
