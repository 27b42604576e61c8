package se.rjh.mtp.portal.cases;

/** The body of case-service's proposal command (POST /api/cases/{id}/proposal). */
public record Proposal(String proposal, String rationale, String noConsultationReason) {
}
