package se.rjh.mtp.api.guidelines.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * A case decision that asked for a revision or flagged a regulation change.
 *
 * @param caseNumber diarienummer of the deciding case
 * @param text the follow-up's description, or the regulation it names
 * @param acknowledgedBy who acknowledged a regulatory flag; null for a revision request and an unacknowledged flag
 * @param acknowledgedOn when a regulatory flag was acknowledged
 */
@Schema(name = "CaseRequest")
public record CaseRequestView(
        String caseId,
        String caseNumber,
        String followUpId,
        String text,
        String acknowledgedBy,
        LocalDate acknowledgedOn) {

    /** A request or flag no one has acknowledged. */
    public CaseRequestView(String caseId, String caseNumber, String followUpId, String text) {
        this(caseId, caseNumber, followUpId, text, null, null);
    }

    /** This flag as acknowledged. */
    public CaseRequestView acknowledged(String by, LocalDate on) {
        return new CaseRequestView(caseId, caseNumber, followUpId, text, by, on);
    }
}
