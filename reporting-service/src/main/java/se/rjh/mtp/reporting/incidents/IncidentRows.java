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

    /** The case type is kept in the row: the latest one decides whether the case is listed. */
    @Override
    protected Document emptyRow() {
        return new Document("caseNumber", null).append("step", null)
                .append("reportedToManufacturerOn", null).append("reportedToMedicalProductsAgencyOn", null)
                .append("reportedToIvoOn", null).append("lexMariaAssessed", null).append("caseType", null);
    }

    /** An aggregate with an event of another service is no case, whatever its type. */
    @Override
    protected Document fold(Document row, Document r) {
        if (!"case-service".equals(Records.service(r))) {
            return null;
        }
        CaseEvents.copyFacts(row, r);
        CaseEvents.stepEntered(r).map(CaseStep::name).ifPresent(step -> row.put("step", step));
        if (IncidentEvents.DETAILS.equals(Records.type(r))) {
            row.put("reportedToManufacturerOn", text(r, IncidentEvents.MANUFACTURER));
            row.put("reportedToMedicalProductsAgencyOn", text(r, IncidentEvents.MEDICAL_PRODUCTS_AGENCY));
            row.put("reportedToIvoOn", text(r, IncidentEvents.IVO));
            row.put("lexMariaAssessed", Records.value(Records.payload(r), List.of(IncidentEvents.LEX_MARIA)));
        }
        return row;
    }

    @Override
    protected boolean shown(Document row) {
        return IncidentEvents.INCIDENT_CASE_TYPE.equals(row.getString("caseType"));
    }

    /** A case that becomes an incident follow-up by a later classification gets its row then. */
    @Override
    public boolean mayStartRow(Document record) {
        return super.mayStartRow(record) || IncidentEvents.INCIDENT_CASE_TYPE.equals(text(record, CaseEvents.CASE_TYPE));
    }
}
