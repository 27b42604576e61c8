package se.rjh.mtp.groups.assignment.domain;

import static se.rjh.mtp.groups.assignment.domain.AssignmentTest.ISSUED;

import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.common.NotificationKind;
import se.rjh.mtp.testsupport.NotificationRecording;

/** A mail sent about an assignment is recorded on the assignment: once per triggering event, and only when valid. */
class AssignmentNotificationRecordTest {

    @Test
    void aSentMailIsRecordedOnce() {
        NotificationRecording.recordsOnce(Assignment.class, ISSUED.assignmentId(), NotificationKind.ASSIGNMENT_ISSUED,
                ISSUED);
    }

    @Test
    void invalidInputIsRefused() {
        NotificationRecording.refusesInvalidInput(Assignment.class, ISSUED.assignmentId(), ISSUED);
    }

    @Test
    void anUnknownAssignmentIsRefused() {
        NotificationRecording.refusesUnknownAggregate(Assignment.class);
    }
}
