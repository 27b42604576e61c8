package se.rjh.mtp.reporting.incidents;

import java.util.List;
import org.bson.Document;
import se.rjh.mtp.api.reporting.view.IncidentsReport;

/** How many incident cases there are and how many were reported to each recipient HSLF-FS 2021:52 names. */
public final class IncidentFigures {

    private IncidentFigures() {
    }

    public static IncidentsReport compute(List<Document> rows) {
        return new IncidentsReport(rows.size(), count(rows, "reportedToManufacturerOn"),
                count(rows, "reportedToMedicalProductsAgencyOn"), count(rows, "reportedToIvoOn"),
                rows.stream().filter(r -> Boolean.TRUE.equals(r.get("lexMariaAssessed"))
                        || (r.get("lexMariaAssessed") instanceof String s && !s.isBlank())).count());
    }

    private static long count(List<Document> rows, String field) {
        return rows.stream().filter(r -> r.get(field) != null).count();
    }
}
