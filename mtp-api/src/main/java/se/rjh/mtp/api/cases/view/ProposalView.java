package se.rjh.mtp.api.cases.view;

import static se.rjh.mtp.api.common.ProtectedText.Part.PREPARATION;

import io.swagger.v3.oas.annotations.media.Schema;
import se.rjh.mtp.api.common.ProtectedText;

/** The proposed decision awaiting the chair. */
@Schema(description = "The proposed decision awaiting the chair.")
public record ProposalView(
        @Schema(description = "The proposed decision.") @ProtectedText(PREPARATION) String proposal,
        @Schema(description = "Why.") @ProtectedText(PREPARATION) String rationale,
        @Schema(description = "Why no consultation was needed, if none was made.")
        @ProtectedText(PREPARATION)
        String noConsultationReason) {
}
