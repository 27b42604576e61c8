package se.rjh.mtp.portal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.rjh.mtp.api.common.TextRules;
import se.rjh.mtp.portal.cases.Proposal;

/** The case officer's proposal (förslag till beslut) and its grounds. */
public class ProposalForm {

    @NotBlank
    @Size(max = TextRules.TEXT)
    private String proposal;
    @NotBlank
    @Size(max = TextRules.PARAGRAPH)
    private String rationale;
    @Size(max = TextRules.PARAGRAPH)
    private String noConsultationReason;

    Proposal toProposal() {
        return new Proposal(proposal.strip(), rationale.strip(),
                noConsultationReason == null || noConsultationReason.isBlank() ? null : noConsultationReason.strip());
    }

    public String getProposal() { return proposal; }
    public void setProposal(String proposal) { this.proposal = proposal; }
    public String getRationale() { return rationale; }
    public void setRationale(String rationale) { this.rationale = rationale; }
    public String getNoConsultationReason() { return noConsultationReason; }
    public void setNoConsultationReason(String noConsultationReason) { this.noConsultationReason = noConsultationReason; }
}
