package se.rjh.mtp.portal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.validation.Errors;
import se.rjh.mtp.api.cases.DecisionBody;
import se.rjh.mtp.api.common.TextRules;
import se.rjh.mtp.portal.cases.Decision;

/** The chair's decision, who takes it, and its follow-ups; dated today by the service. */
public class DecisionForm {

    /** Most decisions have none or a few follow-ups; the form offers one more empty row each time it is shown. */
    static final int MAX_FOLLOW_UPS = 10;

    @NotBlank
    @Size(max = TextRules.TEXT)
    private String decision;
    @NotNull
    private DecisionBody decidedBy;
    private List<FollowUpRow> followUps = new ArrayList<>();

    Decision toDecision() {
        return new Decision(decision.strip(), decidedBy, null, followUps.stream().map(FollowUpRow::toFollowUp).toList());
    }

    /**
     * Drops the empty rows, so that the rows sent and the service's {@code followUps[i]} have the same numbers, and
     * refuses a row that names no kind or says nothing.
     */
    void checkFollowUps(Errors errors) {
        followUps.removeIf(row -> row == null || row.isEmpty());
        if (followUps.size() > MAX_FOLLOW_UPS) {
            followUps = new ArrayList<>(followUps.subList(0, MAX_FOLLOW_UPS));
        }
        for (int i = 0; i < followUps.size(); i++) {
            FollowUpRow row = followUps.get(i);
            if (row.getKind() == null) {
                errors.rejectValue("followUps[" + i + "].kind", "decision.followUp.kind.required");
            }
            if (row.getDescription() == null || row.getDescription().isBlank()) {
                errors.rejectValue("followUps[" + i + "].description", "decision.followUp.description.required");
            } else if (row.getDescription().length() > TextRules.TEXT) {
                errors.rejectValue("followUps[" + i + "].description", "decision.followUp.description.size");
            }
        }
    }

    /** The rows filled in and one empty row to add another, as the form shows them. */
    void withEmptyRow() {
        followUps.removeIf(row -> row == null || row.isEmpty());
        if (followUps.size() < MAX_FOLLOW_UPS) {
            followUps.add(new FollowUpRow());
        }
    }

    /** case-service's names of a follow-up's fields, onto the form's: the kind's target is one field here. */
    Map<String, String> serviceFields() {
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < followUps.size(); i++) {
            for (String target : List.of("guidelineNumber", "workingGroupId", "regulationReference")) {
                fields.put("followUps[" + i + "]." + target, "followUps[" + i + "].target");
            }
        }
        return fields;
    }

    public String getDecision() { return decision; }
    public void setDecision(String decision) { this.decision = decision; }
    public DecisionBody getDecidedBy() { return decidedBy; }
    public void setDecidedBy(DecisionBody decidedBy) { this.decidedBy = decidedBy; }
    public List<FollowUpRow> getFollowUps() { return followUps; }
    public void setFollowUps(List<FollowUpRow> followUps) { this.followUps = followUps; }
}
