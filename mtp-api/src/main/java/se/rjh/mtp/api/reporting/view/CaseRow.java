package se.rjh.mtp.api.reporting.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import se.rjh.mtp.api.cases.CaseStep;

@Schema(description = "One case as the reports see it. For a secrecy-marked case, subject and sender read "
        + "\"[Skyddat]\" unless the reader may read protected text.")
public record CaseRow(
        @Schema(description = "The case id") String id,
        @Schema(description = "Diarienummer, once registered", nullable = true) String caseNumber,
        @Schema(nullable = true) String subject,
        @Schema(nullable = true) String caseType,
        @Schema(nullable = true) String channel,
        CaseStep step,
        @Schema(description = "Date received (ISO date)", nullable = true) String receivedOn,
        @Schema(description = "Submitter's name and unit", nullable = true) String sender,
        @Schema(description = "Whether the case carries a secrecy marking") boolean secret,
        @Schema(description = "The steps in the order the case entered them") List<CaseStepEntered> steps,
        List<ConsultationRow> consultations,
        @Schema(description = "Sequence number of the case's latest event") long lastSequence) {

    /** The same row with subject and sender replaced by the secrecy mask. */
    public CaseRow masked(String mask) {
        return new CaseRow(id, caseNumber, mask, caseType, channel, step, receivedOn, mask, secret, steps,
                consultations, lastSequence);
    }
}
