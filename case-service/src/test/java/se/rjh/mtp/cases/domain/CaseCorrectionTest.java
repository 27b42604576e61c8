package se.rjh.mtp.cases.domain;

import static se.rjh.mtp.cases.domain.CaseFixtures.ID;
import static se.rjh.mtp.cases.domain.CaseFixtures.NUMBER;
import static se.rjh.mtp.cases.domain.CaseFixtures.PUMP;
import static se.rjh.mtp.cases.domain.CaseFixtures.TODAY;
import static se.rjh.mtp.cases.domain.CaseFixtures.consultation;
import static se.rjh.mtp.cases.domain.CaseFixtures.inPreparation;
import static se.rjh.mtp.cases.domain.CaseFixtures.received;
import static se.rjh.mtp.cases.domain.CaseFixtures.registered;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.rjh.mtp.api.cases.CaseClosed;
import se.rjh.mtp.api.cases.CaseDecided;
import se.rjh.mtp.api.cases.CaseOfficerReassigned;
import se.rjh.mtp.api.cases.CaseReopened;
import se.rjh.mtp.api.cases.CaseStep;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.CaseVoided;
import se.rjh.mtp.api.cases.ConcernedBody;
import se.rjh.mtp.api.cases.ConsultationAnswered;
import se.rjh.mtp.api.cases.ConsultationDueDateChanged;
import se.rjh.mtp.api.cases.ConsultationOverdue;
import se.rjh.mtp.api.cases.ConsultationWithdrawn;
import se.rjh.mtp.api.cases.DecisionBody;
import se.rjh.mtp.api.cases.DecisionProposed;
import se.rjh.mtp.api.cases.Device;
import se.rjh.mtp.api.cases.FollowUp;
import se.rjh.mtp.api.cases.FollowUpKind;
import se.rjh.mtp.api.cases.DeviceClass;
import se.rjh.mtp.api.cases.DeviceMarking;
import se.rjh.mtp.api.cases.IncidentDetailsRecorded;
import se.rjh.mtp.api.cases.IncidentNotReportableRecorded;
import se.rjh.mtp.api.cases.RegistrationCorrected;
import se.rjh.mtp.api.cases.SecrecyMarking;
import se.rjh.mtp.api.cases.SecrecyMarkingChanged;
import se.rjh.mtp.api.cases.Submitter;
import se.rjh.mtp.api.common.ActionNotPermittedException;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.MetadataKeys;
import se.rjh.mtp.api.common.NotFoundException;
import se.rjh.mtp.api.common.StateConflictException;

/** Corrections of issue 15: each is recorded with its reason, and each rule refuses with nothing recorded. */
class CaseCorrectionTest {

    private static final String OFFICER = "handlaggare";
    private static final String REASON = "Fel vid registreringen";
    private static final String OSL = "OSL 18 kap. 8 §";
    private static final SecrecyMarking MARKED = new SecrecyMarking(OSL, TODAY, "registrator");

    private final FixtureConfiguration<Case> fixture = new AggregateTestFixture<>(Case.class);

    /**
     * A command refused after the events given, sent by {@code actor}: the exception matches, nothing is recorded.
     * Named by the rule, for the test report.
     */
    record Refused(String rule, Object[] given, Object command, String actor, Matcher<?> exception) {

        void check() {
            new AggregateTestFixture<>(Case.class).given(given)
                    .when(command, actor == null ? Map.of() : Map.of(MetadataKeys.ACTOR, actor))
                    .expectException(exception)
                    .expectNoEvents();
        }

        @Override
        public String toString() {
            return rule;
        }
    }

    static Stream<Refused> refusals() {
        Object[] registeredCase = {received(CaseType.OTHER), registered(CaseType.OTHER)};
        Object[] withConsultation = inPreparation(CaseType.OTHER, consultation("k1"));
        Object[] answered = inPreparation(CaseType.OTHER, consultation("k1"),
                new ConsultationAnswered(ID, "k1", ConcernedBody.PATIENT_SAFETY, "Ok", TODAY));
        return Stream.of(
                // correcting the registration data
                new Refused("a correction before registration", new Object[] {received(CaseType.OTHER)},
                        new CorrectRegistration(ID, "Ny rubrik", null, null, null, null, REASON), null,
                        conflict()),
                new Refused("a correction without a reason", registeredCase,
                        new CorrectRegistration(ID, "Ny rubrik", null, null, null, null, " "), null, field("reason")),
                new Refused("a correction that names nothing", registeredCase,
                        new CorrectRegistration(ID, null, " ", null, null, null, REASON), null, field("correction")),
                new Refused("a corrected submitter without a name", registeredCase,
                        new CorrectRegistration(ID, null, null, new Submitter(" ", "IVA", null), null, null, REASON),
                        null, field("submitter.name")),
                new Refused("a corrected device without a model", registeredCase,
                        new CorrectRegistration(ID, null, null, null, null,
                                new Device("Pump", "Acme", " ", null, DeviceClass.MDR_IIB, DeviceMarking.CE_MARKED),
                                REASON), null, field("device.model")),
                // reassigning the case officer
                new Refused("a hand-over by someone who is not the case officer", inPreparation(CaseType.OTHER),
                        new ReassignCaseOfficer(ID, "anna", false, REASON), "bertil",
                        Matchers.instanceOf(ActionNotPermittedException.class)),
                new Refused("a hand-over to the current case officer", inPreparation(CaseType.OTHER),
                        new ReassignCaseOfficer(ID, OFFICER, true, REASON), "ordforande", field("caseOfficer")),
                new Refused("a hand-over without a reason", inPreparation(CaseType.OTHER),
                        new ReassignCaseOfficer(ID, "anna", false, ""), OFFICER, field("reason")),
                new Refused("a hand-over before preparation", registeredCase,
                        new ReassignCaseOfficer(ID, "anna", true, REASON), "ordforande", conflict()),
                // a consultation's due date
                new Refused("a due date in the past", withConsultation,
                        new ChangeConsultationDueDate(ID, "k1", TODAY.minusDays(1), TODAY, false, REASON), OFFICER,
                        field("dueDate")),
                new Refused("the same due date again", withConsultation,
                        new ChangeConsultationDueDate(ID, "k1", TODAY.plusDays(14), TODAY, false, REASON), OFFICER,
                        field("dueDate")),
                new Refused("a due date of an answered consultation", answered,
                        new ChangeConsultationDueDate(ID, "k1", TODAY.plusDays(30), TODAY, false, REASON), OFFICER,
                        conflict()),
                new Refused("a due date of an unknown consultation", withConsultation,
                        new ChangeConsultationDueDate(ID, "k9", TODAY.plusDays(30), TODAY, false, REASON), OFFICER,
                        Matchers.instanceOf(NotFoundException.class)),
                new Refused("a due date changed by another case officer", withConsultation,
                        new ChangeConsultationDueDate(ID, "k1", TODAY.plusDays(30), TODAY, false, REASON), "bertil",
                        Matchers.instanceOf(ActionNotPermittedException.class)),
                new Refused("a due date changed without a reason", withConsultation,
                        new ChangeConsultationDueDate(ID, "k1", TODAY.plusDays(30), TODAY, false, null), OFFICER,
                        field("reason")),
                // withdrawing a consultation request
                new Refused("withdrawing an answered consultation", answered,
                        new WithdrawConsultation(ID, "k1", false, REASON), OFFICER, conflict()),
                new Refused("withdrawing without a reason", withConsultation,
                        new WithdrawConsultation(ID, "k1", false, " "), OFFICER, field("reason")),
                new Refused("withdrawing by another case officer", withConsultation,
                        new WithdrawConsultation(ID, "k1", false, REASON), "bertil",
                        Matchers.instanceOf(ActionNotPermittedException.class)),
                // the secrecy marking
                new Refused("lifting a marking the case does not have", registeredCase,
                        new ChangeSecrecyMarking(ID, null, null, TODAY, true, REASON), "registrator", conflict()),
                new Refused("a marking dated in the future", registeredCase,
                        new ChangeSecrecyMarking(ID, OSL, TODAY.plusDays(1), TODAY, true, REASON), "registrator",
                        field("markedOn")),
                new Refused("the current marking again", markedCase(),
                        new ChangeSecrecyMarking(ID, OSL, TODAY, TODAY, true, REASON), "registrator",
                        field("provision")),
                new Refused("a marking by a case officer of another case", inPreparation(CaseType.OTHER),
                        new ChangeSecrecyMarking(ID, OSL, null, TODAY, false, REASON), "bertil",
                        Matchers.instanceOf(ActionNotPermittedException.class)),
                new Refused("a marking before registration", new Object[] {received(CaseType.OTHER)},
                        new ChangeSecrecyMarking(ID, OSL, null, TODAY, true, REASON), "registrator", conflict()),
                new Refused("a marking without a reason", registeredCase,
                        new ChangeSecrecyMarking(ID, OSL, null, TODAY, true, ""), "registrator", field("reason")),
                // reopening
                new Refused("reopening a case that is decided but not closed",
                        inPreparation(CaseType.OTHER, proposed(), decided()), new ReopenCase(ID, REASON), null,
                        conflict()),
                new Refused("reopening a voided case",
                        new Object[] {received(CaseType.OTHER), new CaseVoided(ID, null, CaseType.OTHER, "RECEIVED",
                                "Dubblett")}, new ReopenCase(ID, REASON), null, conflict()),
                new Refused("reopening without a reason", closedCase(), new ReopenCase(ID, " "), null,
                        field("reason")),
                // an incident that is not reportable
                new Refused("not reportable on a case that is not an incident", inPreparation(CaseType.OTHER),
                        new RecordIncidentNotReportable(ID, REASON), null, conflict()),
                new Refused("not reportable without a justification", inPreparation(CaseType.INCIDENT_FOLLOW_UP),
                        new RecordIncidentNotReportable(ID, " "), null, field("reason")),
                new Refused("a report dated before the incident", inPreparation(CaseType.INCIDENT_FOLLOW_UP),
                        new RecordIncidentDetails(ID, TODAY, PUMP, TODAY, TODAY.minusDays(1), null, true, null), null,
                        field("reportedToMedicalProductsAgencyOn")));
    }

    @ParameterizedTest(name = "refused: {0}")
    @MethodSource("refusals")
    void aRefusedCorrectionRecordsNothing(Refused refusal) {
        refusal.check();
    }

    @Test
    void registrationDataIsCorrectedFieldByFieldEvenOnAClosedCase() {
        Submitter corrected = new Submitter("Eva Ek-Berg", "IVA Östersund", null);
        fixture.given(closedCase())
                .when(new CorrectRegistration(ID, " Infusionspump larmar inte ", null, corrected, null, null, REASON))
                .expectEvents(new RegistrationCorrected(ID, NUMBER, "Infusionspump larmar inte", null, corrected,
                        null, null, REASON));
    }

    @Test
    void theCaseOfficerHandsTheCaseOverAndIsThenNoLongerItsOfficer() {
        fixture.given(inPreparation(CaseType.OTHER))
                .when(new ReassignCaseOfficer(ID, "anna", false, "Föräldraledig"), Map.of(MetadataKeys.ACTOR, OFFICER))
                .expectEvents(new CaseOfficerReassigned(ID, NUMBER, OFFICER, "anna", "Föräldraledig"));
        fixture.given(inPreparation(CaseType.OTHER, new CaseOfficerReassigned(ID, NUMBER, OFFICER, "anna", "x")))
                .when(new WithdrawConsultation(ID, "k1", false, REASON), Map.of(MetadataKeys.ACTOR, OFFICER))
                .expectException(ActionNotPermittedException.class);
    }

    @Test
    void theChairReassignsAnyCase() {
        fixture.given(inPreparation(CaseType.OTHER))
                .when(new ReassignCaseOfficer(ID, "anna", true, REASON), Map.of(MetadataKeys.ACTOR, "ordforande"))
                .expectEvents(new CaseOfficerReassigned(ID, NUMBER, OFFICER, "anna", REASON));
    }

    @Test
    void aNewDueDateMakesAnOverdueConsultationDueAgain() {
        LocalDate later = TODAY.plusDays(30);
        fixture.given(inPreparation(CaseType.OTHER, consultation("k1"),
                        new ConsultationOverdue(ID, "k1", ConcernedBody.PATIENT_SAFETY, TODAY.plusDays(14),
                                TODAY.plusDays(15))))
                .when(new ChangeConsultationDueDate(ID, "k1", later, TODAY.plusDays(15), false, "Anstånd"),
                        Map.of(MetadataKeys.ACTOR, OFFICER))
                .expectEvents(new ConsultationDueDateChanged(ID, "k1", ConcernedBody.PATIENT_SAFETY,
                        TODAY.plusDays(14), later, "Anstånd"));
        fixture.given(inPreparation(CaseType.OTHER, consultation("k1"),
                        new ConsultationDueDateChanged(ID, "k1", ConcernedBody.PATIENT_SAFETY, TODAY.plusDays(14),
                                TODAY.plusDays(7), "Brådskande")))
                .when(new MarkConsultationOverdue(ID, "k1", TODAY.plusDays(8)))
                .expectEvents(new ConsultationOverdue(ID, "k1", ConcernedBody.PATIENT_SAFETY, TODAY.plusDays(7),
                        TODAY.plusDays(8)));
    }

    @Test
    void aWithdrawnConsultationNeitherBlocksNorCountsForAProposal() {
        ConsultationWithdrawn withdrawn = new ConsultationWithdrawn(ID, "k1", ConcernedBody.PATIENT_SAFETY, REASON);
        fixture.given(inPreparation(CaseType.OTHER, consultation("k1")))
                .when(new WithdrawConsultation(ID, "k1", true, REASON), Map.of(MetadataKeys.ACTOR, "ordforande"))
                .expectEvents(withdrawn);
        fixture.given(inPreparation(CaseType.OTHER, consultation("k1"), withdrawn))
                .when(new ProposeDecision(ID, "Förslag", "Motivering", null))
                .expectException(ProposalIncompleteException.class)
                .expectExceptionMessage(Matchers.containsString("noConsultationReason"));
        fixture.given(inPreparation(CaseType.OTHER, consultation("k1"), withdrawn))
                .when(new ProposeDecision(ID, "Förslag", "Motivering", "Frågan föll bort"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new DecisionProposed(ID, NUMBER, CaseType.OTHER, "Förslag", "Motivering",
                        "Frågan föll bort"));
    }

    @Test
    void aSecrecyMarkingIsAddedChangedAndLifted() {
        fixture.given(received(CaseType.OTHER), registered(CaseType.OTHER))
                .when(new ChangeSecrecyMarking(ID, OSL, null, TODAY, true, REASON),
                        Map.of(MetadataKeys.ACTOR, "registrator"))
                .expectEvents(new SecrecyMarkingChanged(ID, NUMBER, null, MARKED, REASON));
        SecrecyMarking changed = new SecrecyMarking("OSL 25 kap. 1 §", TODAY.minusDays(2), OFFICER);
        fixture.given(inPreparation(CaseType.OTHER, new SecrecyMarkingChanged(ID, NUMBER, null, MARKED, REASON)))
                .when(new ChangeSecrecyMarking(ID, "OSL 25 kap. 1 §", TODAY.minusDays(2), TODAY, false, REASON),
                        Map.of(MetadataKeys.ACTOR, OFFICER))
                .expectEvents(new SecrecyMarkingChanged(ID, NUMBER, MARKED, changed, REASON));
        fixture.given(markedCase())
                .when(new ChangeSecrecyMarking(ID, null, null, TODAY, true, "Sekretessen har upphört"),
                        Map.of(MetadataKeys.ACTOR, "ordforande"))
                .expectEvents(new SecrecyMarkingChanged(ID, NUMBER, MARKED, null, "Sekretessen har upphört"));
    }

    @Test
    void aClosedCaseIsReopenedToPreparation() {
        fixture.given(closedCase())
                .when(new ReopenCase(ID, "Ny information från tillverkaren"))
                .expectEvents(new CaseReopened(ID, NUMBER, CaseType.OTHER, "Ny information från tillverkaren"))
                .expectResultMessagePayload(CaseStep.IN_PREPARATION);
        fixture.given(closedCase(new CaseReopened(ID, NUMBER, CaseType.OTHER, REASON)))
                .when(new ProposeDecision(ID, "Nytt förslag", "Motivering", "Inget behov"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aDecisionAfterReopeningGivesItsFollowUpsNewIds() {
        FollowUp earlier = new FollowUp("f1", FollowUpKind.OTHER, "Informera enheterna", null, null, null, null);
        Object[] reproposed = inPreparation(CaseType.OTHER, proposed(),
                new CaseDecided(ID, NUMBER, CaseType.OTHER, "Beslut", DecisionBody.LSG, TODAY, List.of(earlier), null),
                new CaseClosed(ID, NUMBER, CaseType.OTHER, TODAY, null),
                new CaseReopened(ID, NUMBER, CaseType.OTHER, REASON), proposed());
        FollowUp unnumbered = new FollowUp(null, FollowUpKind.OTHER, "Informera igen", null, null, null, null);
        fixture.given(reproposed)
                .when(new DecideCase(ID, "Nytt beslut", DecisionBody.LSG, TODAY, List.of(unnumbered)))
                .expectEvents(new CaseDecided(ID, NUMBER, CaseType.OTHER, "Nytt beslut", DecisionBody.LSG, TODAY,
                        List.of(new FollowUp("f2", FollowUpKind.OTHER, "Informera igen", null, null, null, null)),
                        null));
        fixture.given(reproposed)
                .when(new DecideCase(ID, "Nytt beslut", DecisionBody.LSG, TODAY, List.of(earlier)))
                .expectException(field("followUps[0].followUpId"))
                .expectNoEvents();
    }

    @Test
    void aNotReportableIncidentReachesAProposalWithoutReportingDates() {
        IncidentDetailsRecorded unreported = new IncidentDetailsRecorded(ID, TODAY, PUMP, null, null, null, true);
        ProposeDecision proposal = new ProposeDecision(ID, "Förslag", "Motivering", "Inget behov");
        fixture.given(inPreparation(CaseType.INCIDENT_FOLLOW_UP, unreported))
                .when(proposal)
                .expectException(ProposalIncompleteException.class)
                .expectExceptionMessage(Matchers.containsString("reportedToManufacturerOn"));
        fixture.given(inPreparation(CaseType.INCIDENT_FOLLOW_UP, unreported))
                .when(new RecordIncidentNotReportable(ID, "Ingen risk för patient, felet upptäcktes vid kontroll"))
                .expectEvents(new IncidentNotReportableRecorded(ID,
                        "Ingen risk för patient, felet upptäcktes vid kontroll"));
        fixture.given(inPreparation(CaseType.INCIDENT_FOLLOW_UP, unreported,
                        new IncidentNotReportableRecorded(ID, "Ingen risk")))
                .when(proposal)
                .expectEvents(new DecisionProposed(ID, NUMBER, CaseType.INCIDENT_FOLLOW_UP, "Förslag", "Motivering",
                        "Inget behov"));
    }

    @Test
    void reportsOnTheEventDateOrLaterAreAccepted() {
        fixture.given(inPreparation(CaseType.INCIDENT_FOLLOW_UP))
                .when(new RecordIncidentDetails(ID, TODAY, PUMP, TODAY, TODAY.plusDays(1), null, true, null))
                .expectSuccessfulHandlerExecution();
    }

    private static Object[] markedCase() {
        return new Object[] {received(CaseType.OTHER), registered(CaseType.OTHER),
                new SecrecyMarkingChanged(ID, NUMBER, null, MARKED, REASON)};
    }

    /** A decided and closed case, then the events given. */
    private static Object[] closedCase(Object... then) {
        List<Object> events = new ArrayList<>(List.of(inPreparation(CaseType.OTHER, proposed(), decided(),
                new CaseClosed(ID, NUMBER, CaseType.OTHER, TODAY, null))));
        events.addAll(List.of(then));
        return events.toArray();
    }

    private static DecisionProposed proposed() {
        return new DecisionProposed(ID, NUMBER, CaseType.OTHER, "Förslag", "Motivering", "Inget behov");
    }

    private static CaseDecided decided() {
        return new CaseDecided(ID, NUMBER, CaseType.OTHER, "Beslut", DecisionBody.LSG, TODAY, List.of(), null);
    }

    private static Matcher<Exception> conflict() {
        return Matchers.instanceOf(StateConflictException.class);
    }

    /** An InvalidInputException naming this field, as the problem answer does. */
    private static Matcher<InvalidInputException> field(String name) {
        return new CustomTypeSafeMatcher<>("an invalid input naming " + name) {
            @Override
            protected boolean matchesSafely(InvalidInputException e) {
                return name.equals(e.field());
            }
        };
    }
}
