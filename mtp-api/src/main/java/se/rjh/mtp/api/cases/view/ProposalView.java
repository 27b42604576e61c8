package se.rjh.mtp.api.cases.view;


/**
 * The proposed decision awaiting the chair.
 *
 * @param proposal The proposed decision.
 * @param rationale Why.
 * @param noConsultationReason Why no consultation was needed, if none was made.
 */
public record ProposalView(
        String proposal,
        String rationale,
        String noConsultationReason) {
}
