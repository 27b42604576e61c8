package se.rjh.mtp.guidelines.domain;

import static se.rjh.mtp.guidelines.domain.GuidelineFixtures.NUMBER;
import static se.rjh.mtp.guidelines.domain.GuidelineFixtures.v1Published;

import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.common.NotificationKind;
import se.rjh.mtp.testsupport.NotificationRecording;

/** A mail sent about a guideline is recorded on the guideline: once per triggering event, and only when valid. */
class GuidelineNotificationRecordTest {

    @Test
    void aSentMailIsRecordedOnce() {
        NotificationRecording.recordsOnce(Guideline.class, NUMBER, NotificationKind.GUIDELINE_REVIEW_DUE, v1Published());
    }

    @Test
    void invalidInputIsRefused() {
        NotificationRecording.refusesInvalidInput(Guideline.class, NUMBER, v1Published());
    }

    @Test
    void anUnknownGuidelineIsRefused() {
        NotificationRecording.refusesUnknownAggregate(Guideline.class);
    }
}
