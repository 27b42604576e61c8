package se.rjh.mtp.cases.domain;

import java.util.List;
import java.util.Map;
import se.rjh.mtp.api.common.StateConflictException;

/**
 * A proposal refused because required items are missing. Answered like every refused transition (409 with
 * {@code currentStep} and {@code needed}), plus the whole list in {@code missing}, so it can be shown as a checklist.
 */
public class ProposalIncompleteException extends StateConflictException {

    private final List<String> missing;

    public ProposalIncompleteException(String currentStep, List<String> missing) {
        super(currentStep, "missing: " + String.join("; ", missing));
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }

    @Override
    public String title() {
        return "The proposal is incomplete";
    }

    @Override
    public Map<String, Object> properties() {
        Map<String, Object> properties = super.properties();
        properties.put("missing", missing);
        return properties;
    }
}
