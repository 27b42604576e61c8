package se.rjh.mtp.guidelines.domain;

import static se.rjh.mtp.guidelines.domain.GuidelineFixtures.*;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.cases.FollowUpKind;
import se.rjh.mtp.api.cases.FollowUpOutcome;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.StateConflictException;
import se.rjh.mtp.api.common.TextRules;
import se.rjh.mtp.api.guidelines.*;
import se.rjh.mtp.guidelines.domain.Commands.*;

/** Drafts, publication, supersession, retirement, scheduled review and case-driven requests. */
class GuidelineTest {

    private static final String TEXT = "# Syfte\nText";
    private final FixtureConfiguration<Guideline> fixture = new AggregateTestFixture<>(Guideline.class);

    @Test
    void aDraftsContentCanBeRewrittenAndTheEditorBecomesAnAuthor() {
        fixture.given(drafted(), v1())
                .when(new ChangeDraftContent(NUMBER, 1, "Ny text", "Omskriven"), as("lag"))
                .expectEvents(new DraftContentChanged(NUMBER, 1, "Ny text", "Omskriven", "lag"));
    }

    @Test
    void contentInReviewCannotChange() {
        fixture.given(drafted(), v1(), v1InReview())
                .when(new ChangeDraftContent(NUMBER, 1, "x", null), as(AUTHOR))
                .expectException(StateConflictException.class).expectNoEvents();
    }

    @Test
    void contentWithAPersonalIdentityNumberIsRefused() {
        fixture.given(drafted(), v1())
                .when(new ChangeDraftContent(NUMBER, 1, "Patient 19121212-1212 fick fel", null), as(AUTHOR))
                .expectException(InvalidInputException.class).expectNoEvents();
    }

    @Test
    void anApprovedVersionIsPublishedWithItsNextReviewDate() {
        fixture.given(drafted(), v1(), v1InReview(),
                        new ReviewVerdictRecorded(NUMBER, 1, REVIEWER, ReviewVerdict.APPROVE, null), v1Approved())
                .when(new PublishVersion(NUMBER, 1, TODAY), as(CHAIR))
                .expectEvents(new VersionPublished(NUMBER, 1, TODAY, TODAY.plusMonths(12), CHAIR));
    }

    @Test
    void aVersionInReviewCannotBePublished() {
        fixture.given(drafted(), v1(), v1InReview())
                .when(new PublishVersion(NUMBER, 1, TODAY), as(CHAIR))
                .expectException(StateConflictException.class).expectNoEvents();
    }

    @Test
    void publishingANewVersionSupersedesTheOldOne() {
        fixture.given(v1Published())
                .andGiven(new VersionDrafted(NUMBER, 2, TEXT + "\nmer", "Ny lydelse", AUTHOR, 1))
                .andGiven(reviewedAndApproved(2, TODAY.plusMonths(3)))
                .when(new PublishVersion(NUMBER, 2, TODAY.plusMonths(3)), as(CHAIR))
                .expectEvents(new VersionPublished(NUMBER, 2, TODAY.plusMonths(3), TODAY.plusMonths(15), CHAIR),
                        new VersionSuperseded(NUMBER, 1, 2, TODAY.plusMonths(3)));
    }

    @Test
    void aRevisionCopiesThePublishedText() {
        fixture.given(v1Published())
                .when(new OpenRevision(NUMBER, null, "Årlig översyn"), as(AUTHOR))
                .expectEvents(new VersionDrafted(NUMBER, 2, TEXT, "Årlig översyn", AUTHOR, 1))
                .expectResultMessagePayload(2);
    }

    @Test
    void markdownIsStoredAsWrittenButChecked() {
        String indented = "    kod\n\n";
        fixture.given(drafted(), v1())
                .when(new ChangeDraftContent(NUMBER, 1, indented, "  "), as(AUTHOR))
                .expectEvents(new DraftContentChanged(NUMBER, 1, indented, null, AUTHOR));
        fixture.given(drafted(), v1())
                .when(new ChangeDraftContent(NUMBER, 1, "x".repeat(TextRules.DOCUMENT + 1), null), as(AUTHOR))
                .expectException(InvalidInputException.class).expectNoEvents();
    }

    @Test
    void onlyOneVersionIsOpenAtATime() {
        fixture.given(drafted(), v1())
                .when(new OpenRevision(NUMBER, "x", "Parallell"), as(AUTHOR))
                .expectException(StateConflictException.class).expectNoEvents();
    }

    @Test
    void aRetiredGuidelineStaysRetired() {
        fixture.given(v1Published())
                .andGiven(new GuidelineRetired(NUMBER, "Ersatt av RL-MTP-9", CHAIR, TODAY))
                .when(new OpenRevision(NUMBER, null, "x"), as(AUTHOR))
                .expectException(StateConflictException.class).expectNoEvents();
    }

    @Test
    void retiringNeedsAReason() {
        fixture.given(v1Published())
                .when(new RetireGuideline(NUMBER, "", TODAY), as(CHAIR))
                .expectException(InvalidInputException.class).expectNoEvents();
        fixture.given(v1Published())
                .when(new RetireGuideline(NUMBER, "Ersatt av RL-MTP-9", TODAY), as(CHAIR))
                .expectEvents(new GuidelineRetired(NUMBER, "Ersatt av RL-MTP-9", CHAIR, TODAY));
    }

    @Test
    void reviewDueIsRaisedOnTheReviewDate() {
        fixture.given(v1Published())
                .when(new MarkReviewDue(NUMBER, 1, TODAY.plusMonths(12)))
                .expectEvents(new GuidelineReviewDue(NUMBER, 1, TODAY.plusMonths(12), "Egentillverkning av MTP"));
    }

    @Test
    void reviewDueIsNotRaisedBeforeTheDate() {
        fixture.given(v1Published())
                .when(new MarkReviewDue(NUMBER, 1, TODAY.plusMonths(12).minusDays(1)))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void reviewDueIsRaisedOnlyOnce() {
        fixture.given(v1Published())
                .andGiven(new GuidelineReviewDue(NUMBER, 1, TODAY.plusMonths(12), "Egentillverkning av MTP"))
                .when(new MarkReviewDue(NUMBER, 1, TODAY.plusMonths(13)))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void reviewDueForASupersededVersionChangesNothing() {
        fixture.given(v1Published())
                .when(new MarkReviewDue(NUMBER, 2, TODAY.plusMonths(13)))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void aCaseRequestOpensARevisionDraftOnce() {
        String summary = "Revision enligt beslut i ärende MTP/12/2026: Uppdatera efter ny MDR-vägledning";
        fixture.given(v1Published())
                .when(new RequestRevisionFromCase(NUMBER, "c1", "MTP/12/2026", "f1", "Uppdatera efter ny MDR-vägledning"))
                .expectEvents(new GuidelineRevisionRequested(NUMBER, "c1", "MTP/12/2026", "f1",
                                "Uppdatera efter ny MDR-vägledning"),
                        new VersionDrafted(NUMBER, 2, TEXT, summary, Guideline.CASE_DECISION_AUTHOR, 1));
        fixture.given(v1Published())
                .andGiven(new GuidelineRevisionRequested(NUMBER, "c1", "MTP/12/2026", "f1", "x"))
                .when(new RequestRevisionFromCase(NUMBER, "c1", "MTP/12/2026", "f1", "x"))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void aCaseRequestWhileADraftIsOpenIsRecordedWithoutASecondDraft() {
        fixture.given(drafted(), v1())
                .when(new RequestRevisionFromCase(NUMBER, "c1", "MTP/12/2026", "f1", "x"))
                .expectEvents(new GuidelineRevisionRequested(NUMBER, "c1", "MTP/12/2026", "f1", "x"));
    }

    @Test
    void publishingTheNextVersionReportsEachCaseRevisionDoneOnce() {
        GuidelineRevisionRequested requested = new GuidelineRevisionRequested(NUMBER, "c1", "MTP/12/2026", "f1", "x");
        GuidelineFollowUpReported done = new GuidelineFollowUpReported(NUMBER, "c1", "f1",
                FollowUpKind.GUIDELINE_REVISION, FollowUpOutcome.DONE, "Version 2 av RL-MTP-7 publicerad",
                TODAY.plusMonths(3));
        Object[] v2Drafted = {requested, new VersionDrafted(NUMBER, 2, TEXT, "Revision", Guideline.CASE_DECISION_AUTHOR, 1)};
        fixture.given(v1Published()).andGiven(v2Drafted).andGiven(reviewedAndApproved(2, TODAY.plusMonths(3)))
                .when(new PublishVersion(NUMBER, 2, TODAY.plusMonths(3)), as(CHAIR))
                .expectEvents(new VersionPublished(NUMBER, 2, TODAY.plusMonths(3), TODAY.plusMonths(15), CHAIR),
                        new VersionSuperseded(NUMBER, 1, 2, TODAY.plusMonths(3)), done);
        // Reported already: the version after that reports nothing again.
        fixture.given(v1Published()).andGiven(v2Drafted).andGiven(reviewedAndApproved(2, TODAY.plusMonths(3)))
                .andGiven(new VersionPublished(NUMBER, 2, TODAY.plusMonths(3), TODAY.plusMonths(15), CHAIR),
                        new VersionSuperseded(NUMBER, 1, 2, TODAY.plusMonths(3)), done,
                        new VersionDrafted(NUMBER, 3, TEXT, "Mer", AUTHOR, 2))
                .andGiven(reviewedAndApproved(3, TODAY.plusMonths(4)))
                .when(new PublishVersion(NUMBER, 3, TODAY.plusMonths(4)), as(CHAIR))
                .expectEvents(new VersionPublished(NUMBER, 3, TODAY.plusMonths(4), TODAY.plusMonths(16), CHAIR),
                        new VersionSuperseded(NUMBER, 2, 3, TODAY.plusMonths(4)));
    }

    @Test
    void aCaseOpenedDraftHasNoPersonalAuthorSoTheChairMayApproveIt() {
        fixture.given(v1Published())
                .andGiven(new VersionDrafted(NUMBER, 2, TEXT, "Revision", Guideline.CASE_DECISION_AUTHOR, 1),
                        new VersionSubmittedForReview(NUMBER, 2, java.util.List.of(REVIEWER), AUTHOR),
                        new ReviewVerdictRecorded(NUMBER, 2, REVIEWER, ReviewVerdict.APPROVE, null))
                .when(new ApproveVersion(NUMBER, 2, TODAY), as(CHAIR))
                .expectEvents(new VersionApproved(NUMBER, 2, CHAIR, TODAY));
    }

    @Test
    void aRegulatoryFlagIsRecordedOncePerFollowUp() {
        fixture.given(v1Published())
                .when(new FlagForRegulatoryChange(NUMBER, "c2", "MTP/14/2026", "f1", "MDR Art. 5(5)"))
                .expectEvents(new GuidelineFlaggedForRegulatoryChange(NUMBER, "c2", "MTP/14/2026", "f1", "MDR Art. 5(5)"));
        fixture.given(v1Published())
                .andGiven(new GuidelineFlaggedForRegulatoryChange(NUMBER, "c2", "MTP/14/2026", "f1", "MDR Art. 5(5)"))
                .when(new FlagForRegulatoryChange(NUMBER, "c2", "MTP/14/2026", "f1", "MDR Art. 5(5)"))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }
}
