package se.rjh.mtp.reporting.events.cases;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * Stand-ins for case-service events not yet in mtp-api; reporting reads them only by type name and field names,
 * so these shapes are all the tests need. The package contains {@code .cases.} like the real events.
 */
public final class TestCaseEvents {

    private TestCaseEvents() {
    }

    @Revision("1")
    public record CaseRegistered(String caseId, String caseNumber, String caseType, String secrecy) {
    }

    @Revision("1")
    public record PreparationStarted(String caseId, String caseOfficer) {
    }

    @Revision("1")
    public record ConsultationRequested(String caseId, String consultationId, String body, String question,
                                        LocalDate dueDate) {
    }

    @Revision("1")
    public record ConsultationAnswered(String caseId, String consultationId, String answer) {
    }

    @Revision("1")
    public record DecisionProposed(String caseId, String proposal) {
    }

    @Revision("1")
    public record IncidentDetailsRecorded(String caseId, LocalDate reportedToManufacturerOn,
                                          LocalDate reportedToMedicalProductsAgencyOn, LocalDate reportedToIvoOn,
                                          Boolean lexMariaAssessed) {
    }

    @Revision("1")
    public record CaseClosed(String caseId, String reason) {
    }
}
