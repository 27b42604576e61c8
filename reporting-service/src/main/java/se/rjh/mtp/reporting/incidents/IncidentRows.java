package se.rjh.mtp.reporting.incidents;

import static se.rjh.mtp.reporting.readmodel.Records.text;

import java.util.List;
import org.bson.Document;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.cases.CaseStep;
import se.rjh.mtp.reporting.pipeline.CaseEvents;
import se.rjh.mtp.reporting.readmodel.Records;
import se.rjh.mtp.reporting.readmodel.RowFold;

/** One row per incident follow-up case, with the latest recorded reporting dates. */
@Component
public class IncidentRows extends RowFold {

    public static final String MODEL = "incident_cases";

    public IncidentRows() {
        super(MODEL, CaseEvents::startsCase);
    }

    @Override
    protected Document fold(List<Document> records) {
        String caseType = null;
        Document row = new Document("caseNumber", null).append("step", null)
                .append("reportedToManufacturerOn", null).append("reportedToMedicalProductsAgencyOn", null)
                .append("reportedToIvoOn", null).append("lexMariaAssessed", null);
        for (Document r : records) {
            if (!"case-service".equals(Records.service(r))) {
                return null;
            }
            caseType = text(r, CaseEvents.CASE_TYPE) != null ? text(r, CaseEvents.CASE_TYPE) : caseType;
            setIfPresent(row, "caseNumber", text(r, CaseEvents.CASE_NUMBER));
            CaseEvents.stepEntered(r).map(CaseStep::name).ifPresent(step -> row.put("step", step));
            if (IncidentEvents.DETAILS.equals(Records.type(r))) {
                row.put("reportedToManufacturerOn", text(r, IncidentEvents.MANUFACTURER));
                row.put("reportedToMedicalProductsAgencyOn", text(r, IncidentEvents.MEDICAL_PRODUCTS_AGENCY));
                row.put("reportedToIvoOn", text(r, IncidentEvents.IVO));
                row.put("lexMariaAssessed", Records.value(Records.payload(r), List.of(IncidentEvents.LEX_MARIA)));
            }
        }
        return IncidentEvents.INCIDENT_CASE_TYPE.equals(caseType) ? row : null;
    }
}
