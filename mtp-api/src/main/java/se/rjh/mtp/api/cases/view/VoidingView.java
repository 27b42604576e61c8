package se.rjh.mtp.api.cases.view;

import static se.rjh.mtp.api.common.ProtectedText.Part.REGISTRATION;

import se.rjh.mtp.api.common.ProtectedText;

/**
 * Why a case was voided (makulerat) and in which step.
 *
 * @param reason Why it was voided.
 * @param previousStep The step it was in.
 */
public record VoidingView(
        @ProtectedText(REGISTRATION) String reason,
        String previousStep) {
}
