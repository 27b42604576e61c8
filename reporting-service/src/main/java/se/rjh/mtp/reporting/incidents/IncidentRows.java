package se.rjh.mtp.reporting.incidents;

import static se.rjh.mtp.reporting.readmodel.Records.text;

import java.util.List;
import org.bson.Document;
import org.springframework.stereotype.Component;
import se.rjh.mtp.reporting.pipeline.CaseEvents;
import se.rjh.mtp.reporting.readmodel.Records;
import se.rjh.mtp.reporting.readmodel.RowProjection;

/** One row per incident follow-up case, with the latest recorded reporting dates. */
@Component
public class IncidentRows implements RowProjection {

    public static final String MODEL = "incident_cases";

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public Document row(String caseId, List<Document> records) {
        String caseType = null;
        Document row = new Document("caseNumber", null).append("step", null)
                .append("reportedToManufacturerOn", null).append("reportedToMedicalProductsAgencyOn", null)
                .append("reportedToIvoOn", null).append("lexMariaAssessed", null);
        for (Document r : records) {
            if (!"case-service".equals(r.getString("service"))) {
                return null;
            }
            caseType = orElse(text(r, CaseEvents.CASE_TYPE), caseType);
            row.put("caseNumber", orElse(text(r, CaseEvents.CASE_NUMBER), row.getString("caseNumber")));
            String step = CaseEvents.STEP_ENTERED.get(Records.type(r));
            row.put("step", orElse(step, row.getString("step")));
            if (IncidentEvents.DETAILS.equals(Records.type(r))) {
                row.put("reportedToManufacturerOn", text(r, IncidentEvents.MANUFACTURER));
                row.put("reportedToMedicalProductsAgencyOn", text(r, IncidentEvents.MEDICAL_PRODUCTS_AGENCY));
                row.put("reportedToIvoOn", text(r, IncidentEvents.IVO));
                row.put("lexMariaAssessed", Records.value(Records.payload(r), List.of(IncidentEvents.LEX_MARIA)));
            }
        }
        return IncidentEvents.INCIDENT_CASE_TYPE.equals(caseType) ? row : null;
    }

    private static String orElse(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
