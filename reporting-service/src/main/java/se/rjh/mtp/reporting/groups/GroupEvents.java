package se.rjh.mtp.reporting.groups;

import static se.rjh.mtp.reporting.readmodel.EventNames.field;
import static se.rjh.mtp.reporting.readmodel.EventNames.type;

import java.util.Set;
import java.util.function.Predicate;
import org.bson.Document;
import se.rjh.mtp.api.groups.AssignmentDrafted;
import se.rjh.mtp.api.groups.AssignmentIssued;
import se.rjh.mtp.api.groups.AssignmentOverdue;
import se.rjh.mtp.api.groups.ProgressReported;
import se.rjh.mtp.reporting.readmodel.Records;

/**
 * The group-service events ({@code se.rjh.mtp.api.groups}) the working-groups dashboard reads, by type and field. The
 * status each event leaves an assignment in is mtp-api's {@code AssignmentStatus.after}, see {@link AssignmentRows}.
 */
public final class GroupEvents {

    public static final String DRAFTED = type(AssignmentDrafted.class);
    public static final String ISSUED = type(AssignmentIssued.class);
    /** Only these two start an assignment; other aggregates of group-service (working groups) make no row. */
    public static final Set<String> CREATED = Set.of(DRAFTED, ISSUED);
    public static final String OVERDUE = type(AssignmentOverdue.class);
    public static final String REPORTED = type(ProgressReported.class);

    public static final String GROUP_ID = field(AssignmentIssued.class, "groupId");
    public static final String GROUP_NAME = field(AssignmentIssued.class, "groupName");
    public static final String TITLE = field(AssignmentIssued.class, "title");
    public static final String DUE_DATE = field(AssignmentIssued.class, "dueDate");
    /** The case an assignment was issued or drafted for (same name on AssignmentDrafted and CaseDecisionRecorded). */
    public static final String CASE_ID = field(AssignmentIssued.class, "caseId");
    public static final String REPORT_STATUS = field(ProgressReported.class, "status");

    private GroupEvents() {
    }

    /**
     * What starts the row of a group-service aggregate: one of these event types, written by group-service (a
     * record of another service never starts one, whatever its type).
     */
    public static Predicate<Document> startsRow(Set<String> types) {
        return record -> "group-service".equals(Records.service(record)) && types.contains(Records.type(record));
    }
}
