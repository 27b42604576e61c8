package se.rjh.mtp.api.cases.view;

import io.swagger.v3.oas.annotations.media.Schema;

/** Why a case was voided (makulerat) and in which step. */
@Schema(description = "Why a case was voided (makulerat) and in which step.")
public record VoidingView(
        @Schema(description = "Why it was voided.") String reason,
        @Schema(description = "The step it was in.") String previousStep) {
}
