package se.rjh.mtp.reporting.groups;

import static se.rjh.mtp.reporting.readmodel.EventNames.field;
import static se.rjh.mtp.reporting.readmodel.EventNames.type;

import java.util.Map;
import java.util.Set;
import se.rjh.mtp.api.groups.AssignmentAccepted;
import se.rjh.mtp.api.groups.AssignmentCancelled;
import se.rjh.mtp.api.groups.AssignmentDeclined;
import se.rjh.mtp.api.groups.AssignmentDelivered;
import se.rjh.mtp.api.groups.AssignmentDrafted;
import se.rjh.mtp.api.groups.AssignmentFeedbackGiven;
import se.rjh.mtp.api.groups.AssignmentIssued;
import se.rjh.mtp.api.groups.AssignmentOverdue;
import se.rjh.mtp.api.groups.FeedbackOutcome;
import se.rjh.mtp.api.groups.ProgressReported;

/**
 * The group-service events ({@code se.rjh.mtp.api.groups}) the working-groups dashboard reads. The states are those
 * of group-service's assignment (its {@code AssignmentStatus}, which is not in mtp-api), set by the same events.
 */
public final class GroupEvents {

    public static final String DRAFTED = type(AssignmentDrafted.class);
    public static final String ISSUED = type(AssignmentIssued.class);
    /** Only these two start an assignment; other aggregates of group-service (working groups) make no row. */
    public static final Set<String> CREATED = Set.of(DRAFTED, ISSUED);
    public static final String OVERDUE = type(AssignmentOverdue.class);
    public static final String REPORTED = type(ProgressReported.class);
    public static final String FEEDBACK_GIVEN = type(AssignmentFeedbackGiven.class);

    /** The state each event leaves an assignment in; feedback depends on its outcome (see {@link #stateAfterFeedback}). */
    public static final Map<String, String> STATE_ENTERED = Map.of(
            DRAFTED, "DRAFTED",
            ISSUED, "ISSUED",
            type(AssignmentAccepted.class), "ACCEPTED",
            type(AssignmentDeclined.class), "DECLINED",
            // The first progress report starts the work.
            REPORTED, "IN_PROGRESS",
            type(AssignmentDelivered.class), "DELIVERED",
            type(AssignmentCancelled.class), "CANCELLED");
    /** The states in which group-service still waits for delivery, so a passed due date makes them overdue. */
    public static final Set<String> OPEN_STATES = Set.of("ISSUED", "ACCEPTED", "IN_PROGRESS");

    public static final String GROUP_ID = field(AssignmentIssued.class, "groupId");
    public static final String GROUP_NAME = field(AssignmentIssued.class, "groupName");
    public static final String TITLE = field(AssignmentIssued.class, "title");
    public static final String DUE_DATE = field(AssignmentIssued.class, "dueDate");
    /** The case an assignment was issued or drafted for (same name on AssignmentDrafted and CaseDecisionRecorded). */
    public static final String CASE_ID = field(AssignmentIssued.class, "caseId");
    public static final String REPORT_STATUS = field(ProgressReported.class, "status");
    public static final String FEEDBACK_OUTCOME = field(AssignmentFeedbackGiven.class, "outcome");

    private GroupEvents() {
    }

    /** Accepted feedback completes the assignment; a revision request sends it back to work. */
    public static String stateAfterFeedback(String outcome) {
        return FeedbackOutcome.COMPLETED.name().equals(outcome) ? "COMPLETED" : "IN_PROGRESS";
    }
}
