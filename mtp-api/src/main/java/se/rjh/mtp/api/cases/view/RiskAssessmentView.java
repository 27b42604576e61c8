package se.rjh.mtp.api.cases.view;

import static se.rjh.mtp.api.common.ProtectedText.Part.PREPARATION;

import se.rjh.mtp.api.cases.RiskLevel;
import se.rjh.mtp.api.common.ProtectedText;

/**
 * The latest risk assessment: severity times probability gives the score and level.
 *
 * @param severity Severity, 1-5.
 * @param probability Probability, 1-5.
 * @param score Severity times probability.
 * @param level The level the score falls in.
 * @param comment The assessor's comment, if any.
 */
public record RiskAssessmentView(
        int severity,
        int probability,
        int score,
        RiskLevel level,
        @ProtectedText(PREPARATION) String comment) {
}
