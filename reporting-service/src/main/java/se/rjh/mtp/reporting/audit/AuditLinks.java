package se.rjh.mtp.reporting.audit;

import static se.rjh.mtp.reporting.readmodel.EventNames.field;

import java.util.List;
import se.rjh.mtp.api.cases.CaseLinkedToAssignment;
import se.rjh.mtp.api.cases.CaseNumberAssigned;
import se.rjh.mtp.api.cases.CaseReceived;
import se.rjh.mtp.api.cases.IncidentDetailsRecorded;
import se.rjh.mtp.api.groups.AssignmentIssued;
import se.rjh.mtp.reporting.devices.DeviceEvents;

/** The fields that tie other aggregates' events to a case or an in-house device. */
final class AuditLinks {

    /**
     * In a case's own events, the LAG assignments tied to it: the one whose question opened the case
     * ({@code origin} on CaseReceived and CaseDecided) and any it was linked to later. The assignment's stream holds
     * the question (QuestionRaised) too.
     */
    static final List<String> CASE_TO_ASSIGNMENT = List.of(field(CaseReceived.class, "origin.assignmentId"),
            field(CaseLinkedToAssignment.class, "assignmentId"));
    /**
     * In group-service events: the case an assignment was issued or drafted for, or the decision it records, or the
     * case an in-house device was linked to, released under or had an incident in ({@code DeviceEvents.CASE_ID});
     * and in case-service's number series: the case a diarienummer was given to. All are named {@code caseId}.
     */
    static final String CASE_REFERENCE = field(AssignmentIssued.class, DeviceEvents.CASE_ID);
    static final String NUMBERED_CASE = field(CaseNumberAssigned.class, "caseId");
    /** In case-service's incident details: the in-house device the incident happened with. */
    static final String NAMED_DEVICE = field(IncidentDetailsRecorded.class, "inHouseDeviceId");

    private AuditLinks() {
    }
}
