package se.rjh.mtp.cases.domain;

import java.util.List;
import se.rjh.mtp.api.common.StateConflictException;

/** A proposal refused because required items are missing; carries the list so the case officer sees all at once. */
public class ProposalIncompleteException extends StateConflictException {

    private final List<String> missing;

    public ProposalIncompleteException(String currentStep, List<String> missing) {
        super(currentStep, "missing: " + String.join("; ", missing));
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }
}
