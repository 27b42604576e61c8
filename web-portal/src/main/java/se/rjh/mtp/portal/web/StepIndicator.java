package se.rjh.mtp.portal.web;

import java.util.ArrayList;
import java.util.List;
import se.rjh.mtp.api.cases.CaseStep;

/** The five steps of the process plus the decision, read-only, and where a case stands in them. */
public final class StepIndicator {

    /** One step: its message key and whether it is done, current or still to come. */
    public record Item(String key, boolean done, boolean current) {
    }

    private static final List<CaseStep> STEPS = List.of(CaseStep.RECEIVED, CaseStep.REGISTERED,
            CaseStep.IN_PREPARATION, CaseStep.IN_CONSULTATION, CaseStep.DECISION_PROPOSED, CaseStep.DECIDED);

    private StepIndicator() {
    }

    public static List<Item> of(CaseStep step) {
        // A closed case has passed the decision; a voided one stands nowhere in the process.
        int at = step == CaseStep.CLOSED ? STEPS.size() : STEPS.indexOf(step);
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < STEPS.size(); i++) {
            items.add(new Item("indicator." + STEPS.get(i).name(), at >= 0 && i < at, i == at));
        }
        return items;
    }
}
