package se.rjh.mtp.cases.domain;

import static se.rjh.mtp.cases.domain.CaseFixtures.ID;
import static se.rjh.mtp.cases.domain.CaseFixtures.NUMBER;
import static se.rjh.mtp.cases.domain.CaseFixtures.PERSONNUMMER;
import static se.rjh.mtp.cases.domain.CaseFixtures.SUBMITTER;
import static se.rjh.mtp.cases.domain.CaseFixtures.TODAY;
import static se.rjh.mtp.cases.domain.CaseFixtures.consultation;
import static se.rjh.mtp.cases.domain.CaseFixtures.inPreparation;
import static se.rjh.mtp.cases.domain.CaseFixtures.received;
import static se.rjh.mtp.cases.domain.CaseFixtures.registered;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.cases.CaseClosed;
import se.rjh.mtp.api.cases.CaseDecided;
import se.rjh.mtp.api.cases.CaseOrigin;
import se.rjh.mtp.api.cases.CaseReceived;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.CaseVoided;
import se.rjh.mtp.api.cases.Channel;
import se.rjh.mtp.api.cases.ConsultationAnswered;
import se.rjh.mtp.api.cases.DecisionBody;
import se.rjh.mtp.api.cases.DecisionProposed;
import se.rjh.mtp.api.cases.FollowUp;
import se.rjh.mtp.api.cases.FollowUpKind;
import se.rjh.mtp.api.cases.PreparationStarted;
import se.rjh.mtp.api.cases.ProposalReturned;
import se.rjh.mtp.api.cases.Submitter;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.StateConflictException;

/** Intake and the lifecycle from preparation to outcome. */
class CaseTest {

    private FixtureConfiguration<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Case.class);
    }

    @Test
    void receivingACaseRecordsIntake() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveCase(ID, "Infusionspump larmar", "Beskrivning", CaseType.INCIDENT_FOLLOW_UP,
                        Channel.EMAIL, SUBMITTER, TODAY, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(received(CaseType.INCIDENT_FOLLOW_UP));
    }

    @Test
    void blankSubjectIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveCase(ID, " ", null, CaseType.OTHER, Channel.FORM, SUBMITTER, TODAY, null))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void personalIdentityNumberInDescriptionIsRefusedInTheAggregate() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveCase(ID, "Fråga", "Gäller patient " + PERSONNUMMER, CaseType.OTHER, Channel.FORM,
                        SUBMITTER, TODAY, null))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("1212")))
                .expectNoEvents();
    }

    @Test
    void lagQuestionOpensACaseWithItsOrigin() {
        fixture.givenNoPriorActivity()
                .when(new OpenCaseFromQuestion(ID, "q1", "a1", "g1", "Hur märks egentillverkade produkter?",
                        "Text", "lena", "LAG Tillverkning och säkerhet", TODAY))
                .expectEvents(new CaseReceived(ID, "Hur märks egentillverkade produkter?", "Text", CaseType.UNIT_QUESTION,
                        Channel.LAG, new Submitter("lena", "LAG Tillverkning och säkerhet", null), TODAY,
                        new CaseOrigin("q1", "a1", "g1")));
    }

    @Test
    void theSameLagQuestionTwiceOpensNothingNew() {
        fixture.given(received(CaseType.UNIT_QUESTION))
                .when(new OpenCaseFromQuestion(ID, "q1", "a1", "g1", "Samma fråga", "Text", "lena", "LAG", TODAY))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void lagQuestionWithPersonalIdentityNumberIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new OpenCaseFromQuestion(ID, "q1", "a1", "g1", "Fråga", "Patient " + PERSONNUMMER, "lena",
                        "LAG", TODAY))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void preparationStartsOnARegisteredCase() {
        fixture.given(received(CaseType.OTHER), registered(CaseType.OTHER))
                .when(new StartPreparation(ID, "handlaggare", TODAY))
                .expectEvents(new PreparationStarted(ID, NUMBER, CaseType.OTHER, "handlaggare", TODAY));
    }

    @Test
    void preparationOfAnUnregisteredCaseIsRefused() {
        fixture.given(received(CaseType.OTHER))
                .when(new StartPreparation(ID, "handlaggare", TODAY))
                .expectException(StateConflictException.class)
                .expectNoEvents();
    }

    @Test
    void proposalWithNoConsultationReasonIsAccepted() {
        fixture.given(inPreparation(CaseType.OTHER))
                .when(new ProposeDecision(ID, "Förslag", "Motivering", "Rent internt ärende"))
                .expectEvents(new DecisionProposed(ID, NUMBER, CaseType.OTHER, "Förslag", "Motivering",
                        "Rent internt ärende"));
    }

    @Test
    void proposalWithoutConsultationOrReasonIsRefusedWithTheMissingItem() {
        fixture.given(inPreparation(CaseType.OTHER))
                .when(new ProposeDecision(ID, "Förslag", "Motivering", null))
                .expectException(ProposalIncompleteException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("noConsultationReason"))
                .expectNoEvents();
    }

    @Test
    void proposalWithAnOpenConsultationIsRefused() {
        fixture.given(inPreparation(CaseType.OTHER)).andGiven(consultation("k1"))
                .when(new ProposeDecision(ID, "Förslag", "Motivering", null))
                .expectException(ProposalIncompleteException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("consultations.k1"))
                .expectNoEvents();
    }

    @Test
    void proposalAfterAnsweredConsultationIsAccepted() {
        fixture.given(inPreparation(CaseType.OTHER)).andGiven(consultation("k1"),
                        new ConsultationAnswered(ID, "k1", se.rjh.mtp.api.cases.ConcernedBody.PATIENT_SAFETY, "Ok", TODAY))
                .when(new ProposeDecision(ID, "Förslag", "Motivering", null))
                .expectEvents(new DecisionProposed(ID, NUMBER, CaseType.OTHER, "Förslag", "Motivering", null));
    }

    @Test
    void proposalCanBeReturnedWithAReason() {
        fixture.given(inPreparation(CaseType.OTHER)).andGiven(proposed())
                .when(new ReturnProposal(ID, "Komplettera riskbedömningen"))
                .expectEvents(new ProposalReturned(ID, NUMBER, "Komplettera riskbedömningen"));
    }

    @Test
    void returnWithoutReasonIsRefused() {
        fixture.given(inPreparation(CaseType.OTHER)).andGiven(proposed())
                .when(new ReturnProposal(ID, ""))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void returnWithoutProposalIsRefused() {
        fixture.given(inPreparation(CaseType.OTHER))
                .when(new ReturnProposal(ID, "Skäl"))
                .expectException(StateConflictException.class)
                .expectNoEvents();
    }

    @Test
    void decisionCarriesFollowUpsAndOrigin() {
        FollowUp followUp = new FollowUp("f1", FollowUpKind.LAG_ASSIGNMENT, "Utred märkning", null, "g1", null, null);
        fixture.given(inPreparation(CaseType.OTHER)).andGiven(proposed())
                .when(new DecideCase(ID, "Beslut", DecisionBody.LSG, TODAY, List.of(followUp)))
                .expectEvents(new CaseDecided(ID, NUMBER, CaseType.OTHER, "Beslut", DecisionBody.LSG, TODAY,
                        List.of(followUp), null));
    }

    @Test
    void lagAssignmentFollowUpWithoutGroupIsRefused() {
        FollowUp followUp = new FollowUp("f1", FollowUpKind.LAG_ASSIGNMENT, "Utred", null, null, null, null);
        fixture.given(inPreparation(CaseType.OTHER)).andGiven(proposed())
                .when(new DecideCase(ID, "Beslut", DecisionBody.LSG, TODAY, List.of(followUp)))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void decisionWithoutProposalIsRefused() {
        fixture.given(inPreparation(CaseType.OTHER))
                .when(new DecideCase(ID, "Beslut", DecisionBody.LSG, TODAY, List.of()))
                .expectException(StateConflictException.class)
                .expectNoEvents();
    }

    @Test
    void decidedCaseCanBeClosedButNotBeforehand() {
        CaseDecided decided = new CaseDecided(ID, NUMBER, CaseType.OTHER, "Beslut", DecisionBody.LSG, TODAY, List.of(), null);
        fixture.given(inPreparation(CaseType.OTHER)).andGiven(proposed(), decided)
                .when(new CloseCase(ID, TODAY, null))
                .expectEvents(new CaseClosed(ID, NUMBER, CaseType.OTHER, TODAY, null));
        fixture.given(inPreparation(CaseType.OTHER)).andGiven(proposed())
                .when(new CloseCase(ID, TODAY, null))
                .expectException(StateConflictException.class);
    }

    @Test
    void caseCanBeVoidedWithAReasonButNotOnceDecided() {
        fixture.given(received(CaseType.OTHER))
                .when(new VoidCase(ID, "Dubblett"))
                .expectEvents(new CaseVoided(ID, null, CaseType.OTHER, "RECEIVED", "Dubblett"));
        CaseDecided decided = new CaseDecided(ID, NUMBER, CaseType.OTHER, "Beslut", DecisionBody.LSG, TODAY, List.of(), null);
        fixture.given(inPreparation(CaseType.OTHER)).andGiven(proposed(), decided)
                .when(new VoidCase(ID, "Dubblett"))
                .expectException(StateConflictException.class)
                .expectNoEvents();
    }

    @Test
    void voidingWithoutReasonIsRefused() {
        fixture.given(received(CaseType.OTHER))
                .when(new VoidCase(ID, " "))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    private static DecisionProposed proposed() {
        return new DecisionProposed(ID, NUMBER, CaseType.OTHER, "Förslag", "Motivering", "Inget behov");
    }
}
