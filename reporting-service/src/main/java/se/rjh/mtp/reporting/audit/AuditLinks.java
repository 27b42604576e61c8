package se.rjh.mtp.reporting.audit;

import java.util.List;

/** The field names that tie other services' events to a case (aliases: first present wins). */
final class AuditLinks {

    /** In a case's own events: the LAG assignment and question the case came from. */
    static final List<String> ORIGIN_AGGREGATES = List.of("origin.assignmentId", "origin.questionId", "assignmentId",
            "questionId");
    /** In group and guideline events: the case they act for (CaseLinkedToAssignment, follow-ups, revisions). */
    static final List<String> CASE_REFERENCE = List.of("caseId", "sourceCaseId", "originCaseId", "case.caseId");

    private AuditLinks() {
    }
}
