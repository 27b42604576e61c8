package se.rjh.mtp.api.cases.view;

import static se.rjh.mtp.api.common.ProtectedText.Part.REGISTRATION;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import se.rjh.mtp.api.cases.CaseStep;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.Channel;
import se.rjh.mtp.api.common.ProtectedText;

/** One row of the case list; subject and submitter are masked on a secrecy-marked case for readers without access. */
@Schema(description = "One row of the case list; subject and submitter are masked on a secrecy-marked case for "
        + "readers without access.")
public record CaseListItem(
        @Schema(description = "The case id.") String id,
        @Schema(description = "The diarienummer; null before registration.") String caseNumber,
        @Schema(description = "The step the case is in.") CaseStep step,
        @Schema(description = "The case type.") CaseType caseType,
        @Schema(description = "How the matter arrived.") Channel channel,
        @Schema(description = "The subject, or [Skyddat].") @ProtectedText(REGISTRATION) String subject,
        @Schema(description = "The submitter's name, or [Skyddat].") @ProtectedText(REGISTRATION) String submitter,
        @Schema(description = "When it was received.") LocalDate receivedOn,
        @Schema(description = "When it was registered; null before.") LocalDate registeredOn,
        @Schema(description = "The case officer; null before preparation.") String caseOfficer,
        @Schema(description = "Whether the case is secrecy-marked (OSL).") boolean secret) {
}
