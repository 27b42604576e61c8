package se.rjh.mtp.api.reporting.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import se.rjh.mtp.api.cases.CaseStep;

/**
 * One case as the reports see it. For a secrecy-marked case, subject and sender read "[Skyddat]" unless the reader may
 * read protected text.
 *
 * @param id The case id
 * @param caseNumber Diarienummer, once registered
 * @param receivedOn Date received (ISO date)
 * @param sender Submitter's name and unit
 * @param secret Whether the case carries a secrecy marking
 * @param steps The steps in the order the case entered them
 * @param lastSequence Sequence number of the case's latest event
 */
public record CaseRow(
        String id,
        @Schema(nullable = true) String caseNumber,
        @Schema(nullable = true) String subject,
        @Schema(nullable = true) String caseType,
        @Schema(nullable = true) String channel,
        CaseStep step,
        @Schema(nullable = true) String receivedOn,
        @Schema(nullable = true) String sender,
        boolean secret,
        List<CaseStepEntered> steps,
        List<ConsultationRow> consultations,
        long lastSequence) {

    /** The same row with subject and sender replaced by the secrecy mask. */
    public CaseRow masked(String mask) {
        return new CaseRow(id, caseNumber, mask, caseType, channel, step, receivedOn, mask, secret, steps,
                consultations, lastSequence);
    }
}
