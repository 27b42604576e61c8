package se.rjh.mtp.reporting.incidents;

import static se.rjh.mtp.reporting.readmodel.EventNames.field;
import static se.rjh.mtp.reporting.readmodel.EventNames.type;

import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.IncidentDetailsRecorded;

/** The case-service event and fields the incidents dashboard reads (case number and type: see CaseEvents). */
public final class IncidentEvents {

    public static final String INCIDENT_CASE_TYPE = CaseType.INCIDENT_FOLLOW_UP.name();
    /** Recorded during preparation; a later record replaces the earlier one (null date: not reported yet). */
    public static final String DETAILS = type(IncidentDetailsRecorded.class);
    public static final String MANUFACTURER = field(IncidentDetailsRecorded.class, "reportedToManufacturerOn");
    public static final String MEDICAL_PRODUCTS_AGENCY = field(IncidentDetailsRecorded.class,
            "reportedToMedicalProductsAgencyOn");
    public static final String IVO = field(IncidentDetailsRecorded.class, "reportedToIvoOn");
    public static final String LEX_MARIA = field(IncidentDetailsRecorded.class, "lexMariaAssessed");

    private IncidentEvents() {
    }
}
