package se.rjh.mtp.cases.domain;

import java.util.List;
import se.rjh.mtp.api.common.ListingConflictException;

/** A closing refused because follow-ups are still open: their ids are in {@code openFollowUps}. */
public class OpenFollowUpsException extends ListingConflictException {

    public OpenFollowUpsException(String currentStep, List<String> openFollowUps) {
        super(currentStep, "every follow-up DONE or NOT_POSSIBLE, or the chair's openFollowUpsReason; open: "
                + String.join(", ", openFollowUps), "Follow-ups are still open", "openFollowUps", openFollowUps);
    }
}
