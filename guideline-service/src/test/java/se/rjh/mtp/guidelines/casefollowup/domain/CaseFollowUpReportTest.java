package se.rjh.mtp.guidelines.casefollowup.domain;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.cases.FollowUpKind;
import se.rjh.mtp.api.cases.FollowUpOutcome;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.TextRules;
import se.rjh.mtp.api.guidelines.GuidelineFollowUpReported;
import se.rjh.mtp.guidelines.casefollowup.domain.CaseFollowUpReport.ReportCaseFollowUp;

/** A follow-up is reported once per case and follow-up, whatever is sent again. */
class CaseFollowUpReportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final GuidelineFollowUpReported NOT_POSSIBLE = new GuidelineFollowUpReported("RL-MTP-99", "c1",
            "f1", FollowUpKind.GUIDELINE_REVISION, FollowUpOutcome.NOT_POSSIBLE, "Riktlinjen RL-MTP-99 finns inte.",
            TODAY);

    private final FixtureConfiguration<CaseFollowUpReport> fixture =
            new AggregateTestFixture<>(CaseFollowUpReport.class);

    private static ReportCaseFollowUp report(FollowUpOutcome outcome, String reason) {
        return new ReportCaseFollowUp("RL-MTP-99", "c1", "f1", FollowUpKind.GUIDELINE_REVISION, outcome, reason,
                TODAY);
    }

    @Test
    void theFirstReportIsRecordedAndALaterOneChangesNothing() {
        fixture.givenNoPriorActivity().when(report(FollowUpOutcome.NOT_POSSIBLE, "Riktlinjen RL-MTP-99 finns inte."))
                .expectEvents(NOT_POSSIBLE);
        fixture.given(NOT_POSSIBLE).when(report(FollowUpOutcome.DONE, null))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void aLongReasonIsShortenedAndAReportWithoutOutcomeIsRefused() {
        fixture.givenNoPriorActivity().when(report(FollowUpOutcome.NOT_POSSIBLE, "x".repeat(TextRules.PARAGRAPH + 10)))
                .expectEvents(new GuidelineFollowUpReported("RL-MTP-99", "c1", "f1", FollowUpKind.GUIDELINE_REVISION,
                        FollowUpOutcome.NOT_POSSIBLE, "x".repeat(TextRules.PARAGRAPH - 1) + "…", TODAY));
        fixture.givenNoPriorActivity().when(report(null, "x"))
                .expectException(InvalidInputException.class).expectNoEvents();
    }
}
