package se.rjh.mtp.guidelines.domain;

import static se.rjh.mtp.guidelines.domain.GuidelineFixtures.*;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.NotFoundException;
import se.rjh.mtp.api.common.StateConflictException;
import se.rjh.mtp.api.guidelines.*;
import se.rjh.mtp.guidelines.domain.Commands.*;

/** Review and approval: DRAFT → IN_REVIEW → APPROVED, and that no one reviews or approves their own version. */
class GuidelineReviewTest {

    private final FixtureConfiguration<Guideline> fixture = new AggregateTestFixture<>(Guideline.class);

    @Test
    void draftGoesToNamedReviewers() {
        fixture.given(drafted(), v1())
                .when(new SubmitForReview(NUMBER, 1, List.of("lag", "registrator", "lag")), as(AUTHOR))
                .expectEvents(new VersionSubmittedForReview(NUMBER, 1, List.of("lag", "registrator"), AUTHOR));
    }

    @Test
    void submittingWithoutReviewersIsRefused() {
        fixture.given(drafted(), v1())
                .when(new SubmitForReview(NUMBER, 1, List.of()), as(AUTHOR))
                .expectException(InvalidInputException.class).expectNoEvents();
    }

    @Test
    void aRoundNamesAtMostTwentyReviewers() {
        List<String> many = java.util.stream.IntStream.rangeClosed(1, Review.MAX_REVIEWERS + 1)
                .mapToObj(i -> "granskare" + i).toList();
        fixture.given(drafted(), v1())
                .when(new SubmitForReview(NUMBER, 1, many), as(AUTHOR))
                .expectException(InvalidInputException.class).expectNoEvents();
    }

    @Test
    void reviewerNamesAreTrimmedAndBlankOnesRefused() {
        fixture.given(drafted(), v1())
                .when(new SubmitForReview(NUMBER, 1, List.of(" lag ")), as(AUTHOR))
                .expectEvents(new VersionSubmittedForReview(NUMBER, 1, List.of("lag"), AUTHOR));
        fixture.given(drafted(), v1())
                .when(new SubmitForReview(NUMBER, 1, List.of("lag", " ")), as(AUTHOR))
                .expectException(InvalidInputException.class).expectNoEvents();
    }

    @Test
    void theAuthorCannotBeNamedReviewer() {
        fixture.given(drafted(), v1())
                .when(new SubmitForReview(NUMBER, 1, List.of("lag", AUTHOR)), as(CHAIR))
                .expectException(InvalidInputException.class).expectNoEvents();
    }

    @Test
    void someoneWhoEditedTheDraftCannotBeNamedReviewer() {
        fixture.given(drafted(), v1(), new DraftContentChanged(NUMBER, 1, "ny text", null, "lag"))
                .when(new SubmitForReview(NUMBER, 1, List.of("lag")), as(AUTHOR))
                .expectException(InvalidInputException.class).expectNoEvents();
    }

    @Test
    void onlyADraftCanBeSubmitted() {
        fixture.given(drafted(), v1(), v1InReview())
                .when(new SubmitForReview(NUMBER, 1, List.of("lag")), as(AUTHOR))
                .expectException(StateConflictException.class).expectNoEvents();
    }

    @Test
    void unknownVersionIsNotFound() {
        fixture.given(drafted(), v1())
                .when(new SubmitForReview(NUMBER, 9, List.of("lag")), as(AUTHOR))
                .expectException(NotFoundException.class).expectNoEvents();
    }

    @Test
    void namedReviewerRecordsVerdict() {
        fixture.given(drafted(), v1(), v1InReview())
                .when(new RecordReviewVerdict(NUMBER, 1, ReviewVerdict.APPROVE, "Bra"), as(REVIEWER))
                .expectEvents(new ReviewVerdictRecorded(NUMBER, 1, REVIEWER, ReviewVerdict.APPROVE, "Bra"));
    }

    @Test
    void someoneNotNamedCannotRecordAVerdict() {
        fixture.given(drafted(), v1(), v1InReview())
                .when(new RecordReviewVerdict(NUMBER, 1, ReviewVerdict.APPROVE, null), as("registrator"))
                .expectException(StateConflictException.class).expectNoEvents();
    }

    @Test
    void theAuthorCannotReviewEvenIfNamed() {
        // Named before the author joined by editing: the rule holds at verdict time too.
        fixture.given(drafted(), v1(), new VersionSubmittedForReview(NUMBER, 1, List.of(AUTHOR), CHAIR))
                .when(new RecordReviewVerdict(NUMBER, 1, ReviewVerdict.APPROVE, null), as(AUTHOR))
                .expectException(StateConflictException.class).expectNoEvents();
    }

    @Test
    void aReviewerRecordsOnlyOneVerdictPerRound() {
        fixture.given(drafted(), v1(), new VersionSubmittedForReview(NUMBER, 1, List.of("lag", "registrator"), AUTHOR),
                        new ReviewVerdictRecorded(NUMBER, 1, "lag", ReviewVerdict.APPROVE, null))
                .when(new RecordReviewVerdict(NUMBER, 1, ReviewVerdict.APPROVE, null), as("lag"))
                .expectException(StateConflictException.class).expectNoEvents();
    }

    @Test
    void changesRequestedReturnsTheVersionToDraft() {
        fixture.given(drafted(), v1(), v1InReview())
                .when(new RecordReviewVerdict(NUMBER, 1, ReviewVerdict.CHANGES_REQUESTED, "Förtydliga avsnitt 2"),
                        as(REVIEWER))
                .expectEvents(new ReviewVerdictRecorded(NUMBER, 1, REVIEWER, ReviewVerdict.CHANGES_REQUESTED,
                                "Förtydliga avsnitt 2"),
                        new VersionReturnedToDraft(NUMBER, 1, "Förtydliga avsnitt 2", REVIEWER));
    }

    @Test
    void changesRequestedNeedsAComment() {
        fixture.given(drafted(), v1(), v1InReview())
                .when(new RecordReviewVerdict(NUMBER, 1, ReviewVerdict.CHANGES_REQUESTED, " "), as(REVIEWER))
                .expectException(InvalidInputException.class).expectNoEvents();
    }

    @Test
    void reviewCanBeReturnedToDraftWithAReason() {
        fixture.given(drafted(), v1(), v1InReview())
                .when(new ReturnToDraft(NUMBER, 1, "Fel underlag"), as(AUTHOR))
                .expectEvents(new VersionReturnedToDraft(NUMBER, 1, "Fel underlag", AUTHOR));
    }

    @Test
    void onlyAVersionInReviewCanBeReturned() {
        fixture.given(drafted(), v1())
                .when(new ReturnToDraft(NUMBER, 1, "x"), as(AUTHOR))
                .expectException(StateConflictException.class).expectNoEvents();
    }

    @Test
    void chairApprovesWhenEveryReviewerApproved() {
        fixture.given(drafted(), v1(), v1InReview(),
                        new ReviewVerdictRecorded(NUMBER, 1, REVIEWER, ReviewVerdict.APPROVE, null))
                .when(new ApproveVersion(NUMBER, 1, TODAY), as(CHAIR))
                .expectEvents(new VersionApproved(NUMBER, 1, CHAIR, TODAY));
    }

    @Test
    void approvalWaitsForEveryReviewer() {
        fixture.given(drafted(), v1(), new VersionSubmittedForReview(NUMBER, 1, List.of("lag", "registrator"), AUTHOR),
                        new ReviewVerdictRecorded(NUMBER, 1, "lag", ReviewVerdict.APPROVE, null))
                .when(new ApproveVersion(NUMBER, 1, TODAY), as(CHAIR))
                .expectException(StateConflictException.class).expectNoEvents();
    }

    @Test
    void noOneApprovesTheirOwnVersion() {
        fixture.given(drafted(), new VersionDrafted(NUMBER, 1, "text", "v1", CHAIR, null),
                        v1InReview(), new ReviewVerdictRecorded(NUMBER, 1, REVIEWER, ReviewVerdict.APPROVE, null))
                .when(new ApproveVersion(NUMBER, 1, TODAY), as(CHAIR))
                .expectException(StateConflictException.class).expectNoEvents();
    }

    @Test
    void theChairCannotApproveAVersionTheyEdited() {
        fixture.given(drafted(), v1(), new DraftContentChanged(NUMBER, 1, "ändrad", null, CHAIR), v1InReview(),
                        new ReviewVerdictRecorded(NUMBER, 1, REVIEWER, ReviewVerdict.APPROVE, null))
                .when(new ApproveVersion(NUMBER, 1, TODAY), as(CHAIR))
                .expectException(StateConflictException.class).expectNoEvents();
    }

    @Test
    void aDraftCannotBeApproved() {
        fixture.given(drafted(), v1())
                .when(new ApproveVersion(NUMBER, 1, TODAY), as(CHAIR))
                .expectException(StateConflictException.class).expectNoEvents();
    }

    @Test
    void aReturnedVersionNeedsFreshVerdictsAfterResubmission() {
        fixture.given(drafted(), v1(), v1InReview(),
                        new ReviewVerdictRecorded(NUMBER, 1, REVIEWER, ReviewVerdict.APPROVE, null),
                        new VersionReturnedToDraft(NUMBER, 1, "Mer text", AUTHOR), v1InReview())
                .when(new ApproveVersion(NUMBER, 1, TODAY), as(CHAIR))
                .expectException(StateConflictException.class).expectNoEvents();
    }
}
