package se.rjh.mtp.api.cases.view;

import static se.rjh.mtp.api.common.ProtectedText.Part.REGISTRATION;

import io.swagger.v3.oas.annotations.media.Schema;
import se.rjh.mtp.api.common.ProtectedText;

/** Why a case was voided (makulerat) and in which step. */
@Schema(description = "Why a case was voided (makulerat) and in which step.")
public record VoidingView(
        @Schema(description = "Why it was voided.") @ProtectedText(REGISTRATION) String reason,
        @Schema(description = "The step it was in.") String previousStep) {
}
