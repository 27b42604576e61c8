package se.rjh.mtp.reporting.groups;

import java.util.List;
import java.util.Set;

/** The group-service event types and field names the working-groups dashboard relies on (aliases: first present wins). */
public final class GroupEvents {

    /** Events named {@code Assignment<State>} set the assignment's state to {@code <STATE>} (AssignmentIssued → ISSUED). */
    public static final String ASSIGNMENT_PREFIX = "Assignment";
    /** Assignment events that are not a state change. */
    public static final Set<String> NOT_A_STATE = Set.of("AssignmentOverdue", "AssignmentDueDateChanged");
    public static final Set<String> OVERDUE = Set.of("AssignmentOverdue");
    public static final Set<String> REPORTED = Set.of("ProgressReported", "AssignmentReported", "ReportSubmitted");
    public static final Set<String> CASE_LINKED = Set.of("CaseLinkedToAssignment");
    public static final Set<String> FINISHED_STATES = Set.of("COMPLETED", "CANCELLED", "CLOSED", "WITHDRAWN",
            "REPORTED_FINAL", "ACCEPTED_FINAL");

    public static final List<String> ASSIGNMENT_ID = List.of("assignmentId");
    public static final List<String> GROUP_ID = List.of("groupId", "workingGroupId");
    public static final List<String> GROUP_NAME = List.of("groupName", "workingGroupName");
    public static final List<String> TITLE = List.of("title", "subject");
    public static final List<String> DUE_DATE = List.of("dueDate", "dueOn");
    public static final List<String> CASE_ID = List.of("caseId", "sourceCaseId");
    public static final List<String> REPORT_STATUS = List.of("status", "ragStatus", "reportStatus");

    private GroupEvents() {
    }
}
