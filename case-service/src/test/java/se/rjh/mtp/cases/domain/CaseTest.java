package se.rjh.mtp.cases.domain;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.rjh.mtp.api.cases.CaseClosed;
import se.rjh.mtp.api.cases.CaseDecided;
import se.rjh.mtp.api.cases.CaseOrigin;
import se.rjh.mtp.api.cases.CaseReceived;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.CaseVoided;
import se.rjh.mtp.api.cases.Channel;
import se.rjh.mtp.api.cases.ConcernedBody;
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
import se.rjh.mtp.api.groups.QuestionRaised;
import se.rjh.mtp.cases.domain.CaseFixtures.Refusal;

/** Intake and the lifecycle from preparation to outcome. */
class CaseTest {

    private static final FollowUp LAG_ASSIGNMENT = new FollowUp("f1", FollowUpKind.LAG_ASSIGNMENT, "Utred märkning",
            null, "g1", null, null);

    /** A proposal that gives no reason for going without a consultation. */
    private static final ProposeDecision UNREASONED_PROPOSAL = new ProposeDecision(ID, "Förslag", "Motivering", null);

    private final FixtureConfiguration<Case> fixture = new AggregateTestFixture<>(Case.class);

    static Stream<Refusal> refusals() {
        return Stream.of(
                new Refusal("a blank subject", new Object[0],
                        new ReceiveCase(ID, " ", null, CaseType.OTHER, Channel.FORM, SUBMITTER, TODAY, null),
                        InvalidInputException.class),
                new Refusal("a LAG question with a personal identity number", new Object[0],
                        new OpenCaseFromQuestion(ID, new QuestionRaised("q1", "a1", "g1", "Fråga",
                                "Patient " + PERSONNUMMER, "lena", "LAG"), TODAY),
                        InvalidInputException.class),
                new Refusal("preparation of an unregistered case", new Object[] {received(CaseType.OTHER)},
                        new StartPreparation(ID, "handlaggare", TODAY), StateConflictException.class),
                new Refusal("a proposal with neither a consultation nor a reason for none",
                        inPreparation(CaseType.OTHER), UNREASONED_PROPOSAL, ProposalIncompleteException.class,
                        "noConsultationReason"),
                new Refusal("a proposal with an open consultation", inPreparation(CaseType.OTHER, consultation("k1")),
                        UNREASONED_PROPOSAL, ProposalIncompleteException.class, "consultations.k1"),
                new Refusal("a return without a reason", inPreparation(CaseType.OTHER, proposed()),
                        new ReturnProposal(ID, ""), InvalidInputException.class),
                new Refusal("a return without a proposal", inPreparation(CaseType.OTHER),
                        new ReturnProposal(ID, "Skäl"), StateConflictException.class),
                new Refusal("a LAG assignment follow-up without a group", inPreparation(CaseType.OTHER, proposed()),
                        new DecideCase(ID, "Beslut", DecisionBody.LSG, TODAY, List.of(new FollowUp("f1",
                                FollowUpKind.LAG_ASSIGNMENT, "Utred", null, null, null, null))),
                        InvalidInputException.class),
                new Refusal("a decision without a proposal", inPreparation(CaseType.OTHER),
                        new DecideCase(ID, "Beslut", DecisionBody.LSG, TODAY, List.of()), StateConflictException.class),
                new Refusal("closing an undecided case", inPreparation(CaseType.OTHER, proposed()),
                        new CloseCase(ID, TODAY, null), StateConflictException.class),
                new Refusal("voiding a decided case", inPreparation(CaseType.OTHER, proposed(), decided()),
                        new VoidCase(ID, "Dubblett"), StateConflictException.class),
                new Refusal("voiding without a reason", new Object[] {received(CaseType.OTHER)},
                        new VoidCase(ID, " "), InvalidInputException.class));
    }

    @ParameterizedTest(name = "refused: {0}")
    @MethodSource("refusals")
    void aRefusedCommandRecordsNothing(Refusal refusal) {
        refusal.check();
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
    void personalIdentityNumberInDescriptionIsRefusedInTheAggregate() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveCase(ID, "Fråga", "Gäller patient " + PERSONNUMMER, CaseType.OTHER, Channel.FORM,
                        SUBMITTER, TODAY, null))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage(not(containsString("1212")))
                .expectNoEvents();
    }

    @Test
    void lagQuestionOpensACaseWithItsOrigin() {
        fixture.givenNoPriorActivity()
                .when(new OpenCaseFromQuestion(ID, new QuestionRaised("q1", "a1", "g1",
                        "Hur märks egentillverkade produkter?", "Text", "lena", "LAG Tillverkning och säkerhet"), TODAY))
                .expectEvents(new CaseReceived(ID, "Hur märks egentillverkade produkter?", "Text", CaseType.UNIT_QUESTION,
                        Channel.LAG, new Submitter("lena", "LAG Tillverkning och säkerhet", null), TODAY,
                        new CaseOrigin("q1", "a1", "g1")));
    }

    @Test
    void theSameLagQuestionTwiceOpensNothingNew() {
        fixture.given(received(CaseType.UNIT_QUESTION))
                .when(new OpenCaseFromQuestion(ID, new QuestionRaised("q1", "a1", "g1", "Samma fråga", "Text", "lena",
                        "LAG"), TODAY))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void preparationStartsOnARegisteredCase() {
        fixture.given(received(CaseType.OTHER), registered(CaseType.OTHER))
                .when(new StartPreparation(ID, "handlaggare", TODAY))
                .expectEvents(new PreparationStarted(ID, NUMBER, CaseType.OTHER, "handlaggare", TODAY));
    }

    @Test
    void proposalWithNoConsultationReasonIsAccepted() {
        fixture.given(inPreparation(CaseType.OTHER))
                .when(new ProposeDecision(ID, "Förslag", "Motivering", "Rent internt ärende"))
                .expectEvents(new DecisionProposed(ID, NUMBER, CaseType.OTHER, "Förslag", "Motivering",
                        "Rent internt ärende"));
    }

    @Test
    void proposalAfterAnsweredConsultationIsAccepted() {
        fixture.given(inPreparation(CaseType.OTHER, consultation("k1"),
                        new ConsultationAnswered(ID, "k1", ConcernedBody.PATIENT_SAFETY, "Ok", TODAY)))
                .when(UNREASONED_PROPOSAL)
                .expectEvents(new DecisionProposed(ID, NUMBER, CaseType.OTHER, "Förslag", "Motivering", null));
    }

    @Test
    void proposalCanBeReturnedWithAReason() {
        fixture.given(inPreparation(CaseType.OTHER, proposed()))
                .when(new ReturnProposal(ID, "Komplettera riskbedömningen"))
                .expectEvents(new ProposalReturned(ID, NUMBER, "Komplettera riskbedömningen"));
    }

    @Test
    void decisionCarriesFollowUpsAndOrigin() {
        fixture.given(inPreparation(CaseType.OTHER, proposed()))
                .when(new DecideCase(ID, "Beslut", DecisionBody.LSG, TODAY, List.of(LAG_ASSIGNMENT)))
                .expectEvents(new CaseDecided(ID, NUMBER, CaseType.OTHER, "Beslut", DecisionBody.LSG, TODAY,
                        List.of(LAG_ASSIGNMENT), null));
    }

    @Test
    void decidedCaseCanBeClosed() {
        fixture.given(inPreparation(CaseType.OTHER, proposed(), decided()))
                .when(new CloseCase(ID, TODAY, null))
                .expectEvents(new CaseClosed(ID, NUMBER, CaseType.OTHER, TODAY, null));
    }

    @Test
    void caseCanBeVoidedWithAReason() {
        fixture.given(received(CaseType.OTHER))
                .when(new VoidCase(ID, "Dubblett"))
                .expectEvents(new CaseVoided(ID, null, CaseType.OTHER, "RECEIVED", "Dubblett"));
    }

    private static DecisionProposed proposed() {
        return new DecisionProposed(ID, NUMBER, CaseType.OTHER, "Förslag", "Motivering", "Inget behov");
    }

    private static CaseDecided decided() {
        return new CaseDecided(ID, NUMBER, CaseType.OTHER, "Beslut", DecisionBody.LSG, TODAY, List.of(), null);
    }
}
