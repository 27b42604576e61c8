package se.rjh.mtp.api.cases.view;

import io.swagger.v3.oas.annotations.media.Schema;

/** The proposed decision awaiting the chair. */
@Schema(description = "The proposed decision awaiting the chair.")
public record ProposalView(
        @Schema(description = "The proposed decision.") String proposal,
        @Schema(description = "Why.") String rationale,
        @Schema(description = "Why no consultation was needed, if none was made.") String noConsultationReason) {
}
