package se.rjh.mtp.cases.domain;

import java.util.List;
import se.rjh.mtp.api.common.ListingConflictException;

/**
 * A proposal refused because required items are missing: the whole list is in {@code missing}, so it can be shown as a
 * checklist.
 */
public class ProposalIncompleteException extends ListingConflictException {

    public ProposalIncompleteException(String currentStep, List<String> missing) {
        super(currentStep, "missing: " + String.join("; ", missing), "The proposal is incomplete", "missing", missing);
    }

    public List<String> missing() {
        return items();
    }
}
