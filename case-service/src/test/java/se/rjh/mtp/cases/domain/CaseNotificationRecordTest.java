package se.rjh.mtp.cases.domain;

import static se.rjh.mtp.cases.domain.CaseFixtures.ID;
import static se.rjh.mtp.cases.domain.CaseFixtures.inPreparation;

import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.common.NotificationKind;
import se.rjh.mtp.testsupport.NotificationRecording;

/** A mail sent about a case is recorded on the case: once per triggering event, and only when valid. */
class CaseNotificationRecordTest {

    @Test
    void aSentMailIsRecordedOnce() {
        NotificationRecording.recordsOnce(Case.class, ID, NotificationKind.CASE_ASSIGNED, inPreparation(CaseType.INTRODUCTION));
    }

    @Test
    void invalidInputIsRefused() {
        NotificationRecording.refusesInvalidInput(Case.class, ID, inPreparation(CaseType.INTRODUCTION));
    }

    @Test
    void anUnknownCaseIsRefused() {
        NotificationRecording.refusesUnknownAggregate(Case.class);
    }
}
