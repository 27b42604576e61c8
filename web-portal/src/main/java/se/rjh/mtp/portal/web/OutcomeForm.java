package se.rjh.mtp.portal.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.rjh.mtp.api.cases.FollowUpOutcome;
import se.rjh.mtp.api.common.TextRules;
import se.rjh.mtp.portal.cases.CaseCommands;

/** How an OTHER follow-up ended; the service requires the reason when it was not possible. */
public class OutcomeForm {

    @NotNull
    private FollowUpOutcome outcome;
    @Size(max = TextRules.PARAGRAPH)
    private String reason;

    CaseCommands.Outcome toOutcome() {
        return new CaseCommands.Outcome(outcome, reason == null || reason.isBlank() ? null : reason.strip());
    }

    public FollowUpOutcome getOutcome() { return outcome; }
    public void setOutcome(FollowUpOutcome outcome) { this.outcome = outcome; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
