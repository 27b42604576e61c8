package se.rjh.mtp.groups.distribution.domain;

import se.rjh.mtp.groups.distribution.domain.DistributionCommands.RecordDistributionNotification;
import se.rjh.mtp.api.common.NotificationSent;
import se.rjh.mtp.api.common.NotificationKind;
import se.rjh.mtp.api.common.RecordNotificationSent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.common.ActionNotPermittedException;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.MetadataKeys;
import se.rjh.mtp.api.common.StateConflictException;
import se.rjh.mtp.api.groups.AcknowledgementResponse;
import se.rjh.mtp.api.groups.DecisionDistributed;
import se.rjh.mtp.api.groups.DistributionAcknowledged;
import se.rjh.mtp.api.groups.DistributionAcknowledgementOverdue;
import se.rjh.mtp.api.groups.DistributionSubjectKind;
import se.rjh.mtp.api.groups.UnitAskedToAcknowledge;
import se.rjh.mtp.groups.distribution.domain.DistributionCommands.Acknowledge;
import se.rjh.mtp.groups.distribution.domain.DistributionCommands.Distribute;
import se.rjh.mtp.groups.distribution.domain.DistributionCommands.MarkAcknowledgementOverdue;
import se.rjh.mtp.groups.unit.domain.UnitDirectory;
import se.rjh.mtp.groups.unit.domain.UnitEntry;

/** Distributing only what may be distributed to active units, one acknowledgement per unit, overdue once. */
class DistributionTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    static final LocalDate DUE = DAY.plusDays(30);
    static final Instant AT = Instant.parse("2026-03-10T09:15:00Z");
    static final Map<String, String> CHAIR = Map.of(MetadataKeys.ACTOR, "ordforande");
    static final DecisionDistributed DISTRIBUTED = new DecisionDistributed("d1", DistributionSubjectKind.CASE_DECISION,
            "case-1", "MTP/7/2026", "Beslut i ärende MTP/7/2026", List.of("u1", "u2"), DUE, "Läs och inför",
            "ordforande", DAY);
    static final UnitAskedToAcknowledge ASKED_U1 = new UnitAskedToAcknowledge("d1", "u1", "Avdelning 12",
            "avd12@region.se", DUE);
    static final UnitAskedToAcknowledge ASKED_U2 = new UnitAskedToAcknowledge("d1", "u2", "VC Norr",
            "vc.norr@region.se", DUE);

    private FixtureConfiguration<Distribution> fixture;

    static DistributableSubjects subjects() {
        return (kind, id) -> switch (kind + "/" + id) {
            case "CASE_DECISION/case-1" -> Optional.of(new SubjectEntry(kind, id, "MTP/7/2026", "Beslut i ärende MTP/7/2026"));
            case "GUIDELINE/RL-MTP-3" -> Optional.of(new SubjectEntry(kind, id, "RL-MTP-3 version 2", "Rengöring av pumpar"));
            default -> Optional.empty();
        };
    }

    static UnitDirectory units() {
        return id -> switch (id) {
            case "u1" -> Optional.of(new UnitEntry("u1", "Avdelning 12", "avd12@region.se", true));
            case "u2" -> Optional.of(new UnitEntry("u2", "VC Norr", "vc.norr@region.se", true));
            case "gone" -> Optional.of(new UnitEntry("gone", "Stängd enhet", "x@region.se", false));
            default -> Optional.empty();
        };
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Distribution.class);
        fixture.registerInjectableResource(subjects());
        fixture.registerInjectableResource(units());
    }

    private static Distribute distribute(DistributionSubjectKind kind, String subjectId, List<String> unitIds,
                                         LocalDate due) {
        return new Distribute("d1", kind, subjectId, unitIds, due, " Läs och inför ", DAY);
    }

    @Test
    void aDecidedCaseGoesToEachUnitWithOneAskPerUnit() {
        fixture.givenNoPriorActivity()
                .when(distribute(DistributionSubjectKind.CASE_DECISION, "case-1", List.of("u1", " u2"), DUE), CHAIR)
                .expectEvents(DISTRIBUTED, ASKED_U1, ASKED_U2);
    }

    @Test
    void aPublishedGuidelineCanBeDistributed() {
        fixture.givenNoPriorActivity()
                .when(distribute(DistributionSubjectKind.GUIDELINE, "RL-MTP-3", List.of("u1"), DUE), CHAIR)
                .expectEvents(new DecisionDistributed("d1", DistributionSubjectKind.GUIDELINE, "RL-MTP-3",
                        "RL-MTP-3 version 2", "Rengöring av pumpar", List.of("u1"), DUE, "Läs och inför", "ordforande",
                        DAY), ASKED_U1);
    }

    @Test
    void refusesAnUnknownOrUndecidedSubject() {
        fixture.givenNoPriorActivity()
                .when(distribute(DistributionSubjectKind.CASE_DECISION, "case-undecided", List.of("u1"), DUE), CHAIR)
                .expectException(InvalidInputException.class).expectExceptionMessage("must name a decided case")
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(distribute(DistributionSubjectKind.GUIDELINE, "case-1", List.of("u1"), DUE), CHAIR)
                .expectException(InvalidInputException.class).expectExceptionMessage("must name a published guideline")
                .expectNoEvents();
        fixture.givenNoPriorActivity().when(distribute(null, "case-1", List.of("u1"), DUE), CHAIR)
                .expectException(InvalidInputException.class).expectNoEvents();
    }

    @Test
    void refusesUnknownInactiveRepeatedOrNoUnits() {
        for (List<String> unitIds : List.of(List.of("u1", "missing"), List.of("gone"), List.of("u1", "u1"),
                List.<String>of(), Collections.nCopies(Distribution.MAX_UNITS + 1, "u1"))) {
            fixture.givenNoPriorActivity()
                    .when(distribute(DistributionSubjectKind.CASE_DECISION, "case-1", unitIds, DUE), CHAIR)
                    .expectException(InvalidInputException.class).expectNoEvents();
        }
    }

    @Test
    void theAcknowledgementDateMustBeInTheFuture() {
        for (LocalDate due : new LocalDate[] {DAY, DAY.minusDays(1), null}) {
            fixture.givenNoPriorActivity()
                    .when(distribute(DistributionSubjectKind.CASE_DECISION, "case-1", List.of("u1"), due), CHAIR)
                    .expectException(InvalidInputException.class).expectNoEvents();
        }
        fixture.givenNoPriorActivity()
                .when(distribute(DistributionSubjectKind.CASE_DECISION, "case-1", List.of("u1"), DAY.plusDays(1)), CHAIR)
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void eachUnitAcknowledgesOnce() {
        DistributionAcknowledged implemented = new DistributionAcknowledged("d1", "u1",
                AcknowledgementResponse.IMPLEMENTED, null, AT);
        fixture.given(DISTRIBUTED, ASKED_U1, ASKED_U2)
                .when(new Acknowledge("d1", "u1", AcknowledgementResponse.IMPLEMENTED, " ", AT))
                .expectEvents(implemented);
        fixture.given(DISTRIBUTED, ASKED_U1, ASKED_U2, implemented)
                .when(new Acknowledge("d1", "u1", AcknowledgementResponse.NOT_APPLICABLE, "Ändrat mig", AT))
                .expectException(StateConflictException.class).expectNoEvents();
        fixture.given(DISTRIBUTED, ASKED_U1, ASKED_U2, implemented)
                .when(new Acknowledge("d1", "u2", AcknowledgementResponse.NOT_APPLICABLE, "Vi har inga pumpar", AT))
                .expectEvents(new DistributionAcknowledged("d1", "u2", AcknowledgementResponse.NOT_APPLICABLE,
                        "Vi har inga pumpar", AT));
    }

    @Test
    void anAcknowledgementNeedsAUnitOfTheDistributionAResponseAndForNotApplicableAComment() {
        fixture.given(DISTRIBUTED, ASKED_U1, ASKED_U2)
                .when(new Acknowledge("d1", "u9", AcknowledgementResponse.IMPLEMENTED, null, AT))
                .expectException(ActionNotPermittedException.class).expectNoEvents();
        fixture.given(DISTRIBUTED, ASKED_U1, ASKED_U2).when(new Acknowledge("d1", "u1", null, null, AT))
                .expectException(InvalidInputException.class).expectNoEvents();
        fixture.given(DISTRIBUTED, ASKED_U1, ASKED_U2)
                .when(new Acknowledge("d1", "u1", AcknowledgementResponse.NOT_APPLICABLE, " ", AT))
                .expectException(InvalidInputException.class).expectNoEvents();
        fixture.given(DISTRIBUTED, ASKED_U1, ASKED_U2)
                .when(new Acknowledge("d1", "u1", AcknowledgementResponse.IMPLEMENTED, "Patient 19121212-1212", AT))
                .expectException(InvalidInputException.class).expectNoEvents();
    }

    @Test
    void overdueOncePerUnitOnlyAfterTheDateAndOnlyWithoutAcknowledgement() {
        DistributionAcknowledgementOverdue overdue = new DistributionAcknowledgementOverdue("d1", "u2", DUE,
                DUE.plusDays(1));
        fixture.given(DISTRIBUTED, ASKED_U1, ASKED_U2).when(new MarkAcknowledgementOverdue("d1", "u2", DUE.plusDays(1)))
                .expectEvents(overdue).expectResultMessagePayload(true);
        fixture.given(DISTRIBUTED, ASKED_U1, ASKED_U2).when(new MarkAcknowledgementOverdue("d1", "u2", DUE))
                .expectNoEvents().expectResultMessagePayload(false);
        fixture.given(DISTRIBUTED, ASKED_U1, ASKED_U2, overdue)
                .when(new MarkAcknowledgementOverdue("d1", "u2", DUE.plusDays(2))).expectNoEvents();
        fixture.given(DISTRIBUTED, ASKED_U1, ASKED_U2,
                        new DistributionAcknowledged("d1", "u2", AcknowledgementResponse.IMPLEMENTED, null, AT))
                .when(new MarkAcknowledgementOverdue("d1", "u2", DUE.plusDays(1))).expectNoEvents();
        fixture.given(DISTRIBUTED, ASKED_U1, ASKED_U2)
                .when(new MarkAcknowledgementOverdue("d1", "u9", DUE.plusDays(1))).expectNoEvents();
    }

    @Test
    void aLateAcknowledgementIsStillTaken() {
        DistributionAcknowledgementOverdue overdue = new DistributionAcknowledgementOverdue("d1", "u2", DUE,
                DUE.plusDays(1));
        fixture.given(DISTRIBUTED, ASKED_U1, ASKED_U2, overdue)
                .when(new Acknowledge("d1", "u2", AcknowledgementResponse.IMPLEMENTED, "Sent men infört", AT))
                .expectEvents(new DistributionAcknowledged("d1", "u2", AcknowledgementResponse.IMPLEMENTED,
                        "Sent men infört", AT));
    }

    @Test
    void aMailToAUnitIsRecordedOnceAndAnInvalidRecordIsRefused() {
        RecordNotificationSent sent = new RecordNotificationSent("d1", NotificationKind.DISTRIBUTION_TO_UNIT,
                "avd12@region.se", "Att kvittera senast " + DUE, AT, "event-1");
        NotificationSent recorded = sent.validated();
        fixture.given(DISTRIBUTED, ASKED_U1)
                .when(new RecordDistributionNotification("d1", sent))
                .expectEvents(recorded);
        fixture.given(DISTRIBUTED, ASKED_U1, recorded)
                .when(new RecordDistributionNotification("d1", sent))
                .expectNoEvents();
        fixture.given(DISTRIBUTED, ASKED_U1)
                .when(new RecordDistributionNotification("d1", new RecordNotificationSent("d1",
                        NotificationKind.DISTRIBUTION_TO_UNIT, "not an address", "Ämne", AT, "event-1")))
                .expectException(InvalidInputException.class);
    }
}
