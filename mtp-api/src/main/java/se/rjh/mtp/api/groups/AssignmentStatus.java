package se.rjh.mtp.api.groups;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where an assignment stands, and which event puts it there. COMPLETED is the state after the LSG's feedback accepted
 * the delivery; feedback asking for more puts it back IN_PROGRESS. The aggregate, its projection and reporting all
 * take the status from {@link #after}, so the lifecycle is defined once.
 */
public enum AssignmentStatus {
    DRAFTED,
    ISSUED,
    ACCEPTED,
    DECLINED,
    IN_PROGRESS,
    DELIVERED,
    COMPLETED,
    CANCELLED;

    /** Issued and not yet delivered: the LAG owes work, so a due date can pass. */
    public static final Set<AssignmentStatus> OPEN = EnumSet.of(ISSUED, ACCEPTED, IN_PROGRESS);

    /** The status an assignment has after this event; empty for events that leave it as it is. */
    public static Optional<AssignmentStatus> after(Object event) {
        AssignmentStatus status;
        if (event instanceof AssignmentDrafted) {
            status = DRAFTED;
        } else if (event instanceof AssignmentIssued) {
            status = ISSUED;
        } else if (event instanceof AssignmentAccepted) {
            status = ACCEPTED;
        } else if (event instanceof AssignmentDeclined) {
            status = DECLINED;
        } else if (event instanceof ProgressReported) {
            status = IN_PROGRESS;
        } else if (event instanceof AssignmentDelivered) {
            status = DELIVERED;
        } else if (event instanceof AssignmentFeedbackGiven feedback) {
            status = feedback.outcome() == FeedbackOutcome.COMPLETED ? COMPLETED : IN_PROGRESS;
        } else if (event instanceof AssignmentCancelled) {
            status = CANCELLED;
        } else {
            status = null;
        }
        return Optional.ofNullable(status);
    }

    public boolean open() {
        return OPEN.contains(this);
    }
}
