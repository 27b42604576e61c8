package se.rjh.mtp.groups.register.domain;

import java.util.List;
import se.rjh.mtp.api.common.ListingConflictException;

/** A release refused because required items are missing: the whole list is in {@code missing}, as a checklist. */
public class ReleaseIncompleteException extends ListingConflictException {

    public ReleaseIncompleteException(String currentStep, List<String> missing) {
        super(currentStep, "missing: " + String.join("; ", missing), "The release is incomplete", "missing", missing);
    }
}
