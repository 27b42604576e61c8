package se.rjh.mtp.groups.assignment.domain;

import static se.rjh.mtp.groups.assignment.domain.AssignmentTest.ACCEPTED;
import static se.rjh.mtp.groups.assignment.domain.AssignmentTest.DAY;
import static se.rjh.mtp.groups.assignment.domain.AssignmentTest.ISSUED;
import static se.rjh.mtp.groups.assignment.domain.AssignmentTest.MEMBER;
import static se.rjh.mtp.groups.assignment.domain.AssignmentTest.OUTSIDER;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.common.ActionNotPermittedException;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.StateConflictException;
import se.rjh.mtp.api.groups.AssignmentCancelled;
import se.rjh.mtp.api.groups.CaseDecisionRecorded;
import se.rjh.mtp.api.groups.QuestionRaised;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.RaiseQuestion;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.RecordCaseDecision;

/** Questions from the LAG and the decisions that come back on them. */
class AssignmentQuestionsTest {

    private static final QuestionRaised RAISED = new QuestionRaised("q1", "a1", "lag-1", "Krav på märkning?",
            "Gäller MDR Art. 5(5) även ...", "lag", "LAG Tillverkning och säkerhet");
    private static final CaseDecisionRecorded RECORDED = new CaseDecisionRecorded("a1", "lag-1", "q1", "case-1",
            "MTP/7/2026", "Märkning krävs", DAY.plusDays(20));

    private FixtureConfiguration<Assignment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Assignment.class);
        fixture.registerInjectableResource(AssignmentTest.directory());
    }

    @Test
    void aMemberRaisesAQuestionWithTheFixedShape() {
        fixture.given(ISSUED, ACCEPTED)
                .when(new RaiseQuestion("a1", "q1", "Krav på märkning?", "Gäller MDR Art. 5(5) även ..."), MEMBER)
                .expectEvents(RAISED);
    }

    @Test
    void theSameQuestionTwiceIsRaisedOnce() {
        fixture.given(ISSUED, ACCEPTED, RAISED)
                .when(new RaiseQuestion("a1", "q1", "Krav på märkning?", "Gäller MDR Art. 5(5) även ..."), MEMBER)
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void onlyAMemberOfThatLagAsksAndOnlyOnALiveAssignment() {
        fixture.given(ISSUED).when(new RaiseQuestion("a1", "q1", "S", "T"), OUTSIDER)
                .expectException(ActionNotPermittedException.class).expectNoEvents();
        fixture.given(ISSUED, new AssignmentCancelled("a1", "lag-1", "x", "ordforande", DAY))
                .when(new RaiseQuestion("a1", "q1", "S", "T"), MEMBER)
                .expectException(StateConflictException.class).expectNoEvents();
    }

    @Test
    void aQuestionNeedsSubjectAndTextWithoutPersonalIdentityNumbers() {
        fixture.given(ISSUED).when(new RaiseQuestion("a1", "q1", " ", "T"), MEMBER)
                .expectException(InvalidInputException.class).expectNoEvents();
        fixture.given(ISSUED).when(new RaiseQuestion("a1", "q1", "S", ""), MEMBER)
                .expectException(InvalidInputException.class).expectNoEvents();
        fixture.given(ISSUED).when(new RaiseQuestion("a1", "q1", "S", "Patient 121212-1212"), MEMBER)
                .expectException(InvalidInputException.class).expectNoEvents();
    }

    @Test
    void aDecisionIsRecordedOncePerCase() {
        RecordCaseDecision record = new RecordCaseDecision("a1", "case-1", "MTP/7/2026", "q1", "Märkning krävs",
                DAY.plusDays(20));
        fixture.given(ISSUED, RAISED).when(record).expectEvents(RECORDED);
        fixture.given(ISSUED, RAISED, RECORDED).when(record).expectSuccessfulHandlerExecution().expectNoEvents();
    }
}
