package se.rjh.mtp.reporting.audit;

import static se.rjh.mtp.reporting.readmodel.EventNames.field;

import java.util.List;
import se.rjh.mtp.api.cases.CaseLinkedToAssignment;
import se.rjh.mtp.api.cases.CaseNumberAssigned;
import se.rjh.mtp.api.cases.CaseReceived;
import se.rjh.mtp.api.groups.AssignmentIssued;

/** The fields that tie other aggregates' events to a case. */
final class AuditLinks {

    /**
     * In a case's own events, the LAG assignments tied to it: the one whose question opened the case
     * ({@code origin} on CaseReceived and CaseDecided) and any it was linked to later. The assignment's stream holds
     * the question (QuestionRaised) too.
     */
    static final List<String> CASE_TO_ASSIGNMENT = List.of(field(CaseReceived.class, "origin.assignmentId"),
            field(CaseLinkedToAssignment.class, "assignmentId"));
    /**
     * In group-service events: the case an assignment was issued or drafted for, or the decision it records; and in
     * case-service's number series: the case a diarienummer was given to. Both are named {@code caseId}.
     */
    static final String CASE_REFERENCE = field(AssignmentIssued.class, "caseId");
    static final String NUMBERED_CASE = field(CaseNumberAssigned.class, "caseId");

    private AuditLinks() {
    }
}
