package se.rjh.mtp.cases.domain;

import static se.rjh.mtp.cases.domain.CaseFixtures.ID;
import static se.rjh.mtp.cases.domain.CaseFixtures.NUMBER;
import static se.rjh.mtp.cases.domain.CaseFixtures.TODAY;
import static se.rjh.mtp.cases.domain.CaseFixtures.inPreparation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.cases.CaseClosed;
import se.rjh.mtp.api.cases.CaseDecided;
import se.rjh.mtp.api.cases.CaseOrigin;
import se.rjh.mtp.api.cases.CaseReceived;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.CaseVoided;
import se.rjh.mtp.api.cases.Channel;
import se.rjh.mtp.api.cases.DecisionBody;
import se.rjh.mtp.api.cases.DecisionProposed;
import se.rjh.mtp.api.cases.FollowUp;
import se.rjh.mtp.api.cases.FollowUpKind;
import se.rjh.mtp.api.cases.FollowUpOutcome;
import se.rjh.mtp.api.cases.FollowUpOutcomeRecorded;
import se.rjh.mtp.api.cases.Submitter;
import se.rjh.mtp.api.common.ActionNotPermittedException;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.MetadataKeys;
import se.rjh.mtp.api.common.NotFoundException;
import se.rjh.mtp.api.common.StateConflictException;

/** Follow-ups: OPEN until their outcome is recorded once, and closing waits for them or the chair's reason. */
class CaseFollowUpTest {

    private static final Map<String, Object> OFFICER = Map.of(MetadataKeys.ACTOR, "handlaggare");
    private static final Map<String, Object> OTHER_OFFICER = Map.of(MetadataKeys.ACTOR, "annan");
    private static final FollowUp REVISION = new FollowUp("f1", FollowUpKind.GUIDELINE_REVISION, "Revidera",
            "RL-MTP-1", null, null, null);
    private static final FollowUp INFORM = new FollowUp("f2", FollowUpKind.OTHER, "Informera enheterna", null, null,
            null, null);
    private static final FollowUpOutcomeRecorded REVISION_DONE = new FollowUpOutcomeRecorded(ID, "f1",
            FollowUpKind.GUIDELINE_REVISION, FollowUpOutcome.DONE, null, TODAY);
    private static final FollowUpOutcomeRecorded INFORM_DONE = new FollowUpOutcomeRecorded(ID, "f2",
            FollowUpKind.OTHER, FollowUpOutcome.DONE, null, TODAY);

    private final FixtureConfiguration<Case> fixture = new AggregateTestFixture<>(Case.class);

    private static Object[] decided(Object... then) {
        List<Object> events = new ArrayList<>(List.of(inPreparation(CaseType.OTHER,
                new DecisionProposed(ID, NUMBER, CaseType.OTHER, "Förslag", "Motivering", "Ingen remiss"),
                new CaseDecided(ID, NUMBER, CaseType.OTHER, "Beslut", DecisionBody.LSG, TODAY,
                        List.of(REVISION, INFORM), null))));
        events.addAll(List.of(then));
        return events.toArray();
    }

    @Test
    void theCarryingServiceReportsAnOutcomeOnceAndARepeatChangesNothing() {
        fixture.given(decided()).when(new ReportFollowUpOutcome(ID, "f1", FollowUpOutcome.DONE, null, TODAY))
                .expectEvents(REVISION_DONE);
        fixture.given(decided(REVISION_DONE))
                .when(new ReportFollowUpOutcome(ID, "f1", FollowUpOutcome.NOT_POSSIBLE, "Sent", TODAY))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(decided()).when(new ReportFollowUpOutcome(ID, "f9", FollowUpOutcome.DONE, null, TODAY))
                .expectException(NotFoundException.class).expectNoEvents();
    }

    @Test
    void notPossibleNeedsAReason() {
        fixture.given(decided())
                .when(new ReportFollowUpOutcome(ID, "f1", FollowUpOutcome.NOT_POSSIBLE, "RL-MTP-9 finns inte", TODAY))
                .expectEvents(new FollowUpOutcomeRecorded(ID, "f1", FollowUpKind.GUIDELINE_REVISION,
                        FollowUpOutcome.NOT_POSSIBLE, "RL-MTP-9 finns inte", TODAY));
        fixture.given(decided())
                .when(new RecordFollowUpOutcome(ID, "f2", FollowUpOutcome.NOT_POSSIBLE, " ", TODAY, false), OFFICER)
                .expectException(InvalidInputException.class).expectExceptionMessage("must not be blank")
                .expectNoEvents();
        fixture.given(decided())
                .when(new RecordFollowUpOutcome(ID, "f2", null, null, TODAY, false), OFFICER)
                .expectException(InvalidInputException.class).expectNoEvents();
    }

    @Test
    void theCaseOfficerOfTheCaseOrTheChairRecordsAnOtherFollowUp() {
        fixture.given(decided())
                .when(new RecordFollowUpOutcome(ID, "f2", FollowUpOutcome.DONE, null, TODAY, false), OFFICER)
                .expectEvents(INFORM_DONE);
        fixture.given(decided())
                .when(new RecordFollowUpOutcome(ID, "f2", FollowUpOutcome.DONE, null, TODAY, true), OTHER_OFFICER)
                .expectEvents(INFORM_DONE);
        fixture.given(decided())
                .when(new RecordFollowUpOutcome(ID, "f2", FollowUpOutcome.DONE, null, TODAY, false), OTHER_OFFICER)
                .expectException(ActionNotPermittedException.class).expectNoEvents();
    }

    @Test
    void peopleRecordOnlyOtherFollowUpsAndOnlyOneOutcome() {
        fixture.given(decided())
                .when(new RecordFollowUpOutcome(ID, "f1", FollowUpOutcome.DONE, null, TODAY, true), OFFICER)
                .expectException(StateConflictException.class).expectNoEvents();
        fixture.given(decided(INFORM_DONE))
                .when(new RecordFollowUpOutcome(ID, "f2", FollowUpOutcome.DONE, null, TODAY, false), OFFICER)
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(decided(INFORM_DONE))
                .when(new RecordFollowUpOutcome(ID, "f2", FollowUpOutcome.NOT_POSSIBLE, "Nej", TODAY, false), OFFICER)
                .expectException(StateConflictException.class).expectNoEvents();
        fixture.given(decided())
                .when(new RecordFollowUpOutcome(ID, "f7", FollowUpOutcome.DONE, null, TODAY, false), OFFICER)
                .expectException(NotFoundException.class).expectNoEvents();
    }

    @Test
    void closingIsRefusedWhileAFollowUpIsOpenNamingIt() {
        fixture.given(decided(REVISION_DONE)).when(new CloseCase(ID, TODAY, null))
                .expectException(OpenFollowUpsException.class).expectExceptionMessage(
                        org.hamcrest.Matchers.containsString("open: f2"))
                .expectNoEvents();
        fixture.given(decided(REVISION_DONE, INFORM_DONE)).when(new CloseCase(ID, TODAY, "Klart"))
                .expectEvents(new CaseClosed(ID, NUMBER, CaseType.OTHER, TODAY, "Klart", null));
    }

    @Test
    void onlyTheChairClosesWithOpenFollowUpsAndTheReasonIsRecorded() {
        fixture.given(decided()).when(new CloseCase(ID, TODAY, null, "Revisionen tas i nästa översyn", true))
                .expectEvents(new CaseClosed(ID, NUMBER, CaseType.OTHER, TODAY, null,
                        "Revisionen tas i nästa översyn"));
        fixture.given(decided()).when(new CloseCase(ID, TODAY, null, "Jag vill stänga", false))
                .expectException(ActionNotPermittedException.class).expectNoEvents();
        // With nothing open there is nothing to override: the reason is not recorded.
        fixture.given(decided(REVISION_DONE, INFORM_DONE)).when(new CloseCase(ID, TODAY, null, "Onödigt", true))
                .expectEvents(new CaseClosed(ID, NUMBER, CaseType.OTHER, TODAY, null, null));
    }

    @Test
    void aVoidedQuestionCaseNamesItsOriginSoTheAssignmentGetsTheReason() {
        CaseOrigin origin = new CaseOrigin("q1", "a1", "lag-1");
        fixture.given(new CaseReceived(ID, "Fråga", "Text", CaseType.UNIT_QUESTION, Channel.LAG,
                        new Submitter("lag", "LAG", null), TODAY, origin))
                .when(new VoidCase(ID, "Dubblett av annan fråga"))
                .expectEvents(new CaseVoided(ID, null, CaseType.UNIT_QUESTION, "RECEIVED", "Dubblett av annan fråga",
                        origin));
    }
}
