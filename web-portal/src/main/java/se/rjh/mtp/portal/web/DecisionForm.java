package se.rjh.mtp.portal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.rjh.mtp.api.cases.DecisionBody;
import se.rjh.mtp.api.common.TextRules;
import se.rjh.mtp.portal.cases.Decision;

/** The chair's decision and who takes it; dated today by the service. */
public class DecisionForm {

    @NotBlank
    @Size(max = TextRules.TEXT)
    private String decision;
    @NotNull
    private DecisionBody decidedBy;

    Decision toDecision() {
        return new Decision(decision.strip(), decidedBy, null);
    }

    void clear(String field) {
        if ("decision".equals(field)) {
            decision = null;
        }
    }

    public String getDecision() { return decision; }
    public void setDecision(String decision) { this.decision = decision; }
    public DecisionBody getDecidedBy() { return decidedBy; }
    public void setDecidedBy(DecisionBody decidedBy) { this.decidedBy = decidedBy; }
}
