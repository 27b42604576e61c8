package se.rjh.mtp.api.cases.view;

import static se.rjh.mtp.api.common.ProtectedText.Part.PREPARATION;

import io.swagger.v3.oas.annotations.media.Schema;
import se.rjh.mtp.api.cases.RiskLevel;
import se.rjh.mtp.api.common.ProtectedText;

/** The latest risk assessment: severity times probability gives the score and level. */
@Schema(description = "The latest risk assessment: severity times probability gives the score and level.")
public record RiskAssessmentView(
        @Schema(description = "Severity, 1-5.") int severity,
        @Schema(description = "Probability, 1-5.") int probability,
        @Schema(description = "Severity times probability.") int score,
        @Schema(description = "The level the score falls in.") RiskLevel level,
        @Schema(description = "The assessor's comment, if any.") @ProtectedText(PREPARATION) String comment) {
}
