package se.rjh.mtp.portal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.rjh.mtp.api.common.TextRules;
import se.rjh.mtp.portal.cases.CaseCommands;

/** A reason and nothing else: not reportable, no consultation needed, return of a proposal, voiding. */
public class ReasonForm {

    @NotBlank
    @Size(max = TextRules.PARAGRAPH)
    private String reason;

    CaseCommands.Reason toReason() {
        return new CaseCommands.Reason(reason.strip());
    }

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
