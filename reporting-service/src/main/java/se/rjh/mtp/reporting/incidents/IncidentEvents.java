package se.rjh.mtp.reporting.incidents;

import java.util.List;
import java.util.Set;

/** The case-service event types and field names the incidents dashboard relies on (aliases: first present wins). */
public final class IncidentEvents {

    public static final String INCIDENT_CASE_TYPE = "INCIDENT_FOLLOW_UP";
    public static final Set<String> DETAILS = Set.of("IncidentDetailsRecorded", "IncidentReportingRecorded");
    public static final List<String> CASE_TYPE = List.of("caseType");
    public static final List<String> CASE_NUMBER = List.of("caseNumber");
    public static final List<String> MANUFACTURER = List.of("reportedToManufacturerOn", "manufacturerReportedOn",
            "reporting.manufacturer");
    public static final List<String> MEDICAL_PRODUCTS_AGENCY = List.of("reportedToMedicalProductsAgencyOn",
            "reportedToLakemedelsverketOn", "medicalProductsAgencyReportedOn", "reporting.medicalProductsAgency");
    public static final List<String> IVO = List.of("reportedToIvoOn", "ivoReportedOn", "reporting.ivo");
    public static final List<String> LEX_MARIA = List.of("lexMariaAssessed", "lexMariaAssessment");

    private IncidentEvents() {
    }
}
