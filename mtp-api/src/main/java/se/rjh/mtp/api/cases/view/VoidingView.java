package se.rjh.mtp.api.cases.view;


/**
 * Why a case was voided (makulerat) and in which step.
 *
 * @param reason Why it was voided.
 * @param previousStep The step it was in.
 */
public record VoidingView(
        String reason,
        String previousStep) {
}
