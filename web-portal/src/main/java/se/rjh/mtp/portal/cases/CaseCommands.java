package se.rjh.mtp.portal.cases;

import java.time.LocalDate;
import java.util.List;
import se.rjh.mtp.api.cases.ConcernedBody;
import se.rjh.mtp.api.cases.Device;
import se.rjh.mtp.api.cases.FollowUpOutcome;
import se.rjh.mtp.api.cases.InHouseCondition;
import se.rjh.mtp.api.cases.NationalRecommendation;

/**
 * The bodies of case-service's preparation, consultation and closing commands, each as its controller declares it
 * (case-service's OpenAPI document); the portal sends them as they are.
 */
public final class CaseCommands {

    private CaseCommands() {
    }

    /** POST /api/cases/{id}/notes */
    public record Note(String text) {
    }

    /** POST /api/cases/{id}/documents */
    public record DocumentReference(String name, String checksum, long sizeBytes) {
    }

    /** POST /api/cases/{id}/risk-assessment: severity and probability, each 1-5. */
    public record RiskAssessment(int severity, int probability, String comment) {
    }

    /** PUT /api/cases/{id}/incident-details; {@code inHouseDeviceId} names a device of the in-house register. */
    public record IncidentDetails(LocalDate eventDate, Device device, LocalDate reportedToManufacturerOn,
                                  LocalDate reportedToMedicalProductsAgencyOn, LocalDate reportedToIvoOn,
                                  Boolean lexMariaAssessed, String inHouseDeviceId) {
    }

    /** POST /api/cases/{id}/in-house-conditions: MDR Art. 5(5), each confirmed or justified. */
    public record InHouseConditions(List<InHouseCondition> conditions) {
    }

    /** PUT /api/cases/{id}/national-recommendation; {@code recommendation} null: there is none. */
    public record Recommendation(NationalRecommendation recommendation, String reference, LocalDate issuedOn) {
    }

    /** POST /api/cases/{id}/consultations */
    public record ConsultationRequest(ConcernedBody body, String question, LocalDate dueDate) {
    }

    /** POST /api/cases/{id}/consultations/{cid}/answer; answered today. */
    public record Answer(String answer) {
    }

    /**
     * The body of the commands that take only a reason: not reportable, consultation waiver, return (återremiss),
     * voiding (makulering).
     */
    public record Reason(String reason) {
    }

    /** POST /api/cases/{id}/closure; {@code openFollowUpsReason} closes while follow-ups are still open. */
    public record Closure(String note, String openFollowUpsReason) {
    }

    /** POST /api/cases/{id}/follow-ups/{fid}/outcome; the reason is required for NOT_POSSIBLE. */
    public record Outcome(FollowUpOutcome outcome, String reason) {
    }
}
