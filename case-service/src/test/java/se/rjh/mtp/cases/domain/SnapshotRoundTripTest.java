package se.rjh.mtp.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static se.rjh.mtp.cases.domain.CaseFixtures.ID;
import static se.rjh.mtp.cases.domain.CaseFixtures.NUMBER;
import static se.rjh.mtp.cases.domain.CaseFixtures.PUMP;
import static se.rjh.mtp.cases.domain.CaseFixtures.TODAY;
import static se.rjh.mtp.cases.domain.CaseFixtures.consultation;
import static se.rjh.mtp.cases.domain.CaseFixtures.inPreparation;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.cases.CaseDecided;
import se.rjh.mtp.api.cases.DecisionBody;
import se.rjh.mtp.api.cases.DecisionProposed;
import se.rjh.mtp.api.cases.FollowUp;
import se.rjh.mtp.api.cases.FollowUpKind;
import se.rjh.mtp.api.cases.FollowUpOutcome;
import se.rjh.mtp.api.cases.FollowUpOutcomeRecorded;
import se.rjh.mtp.api.cases.CaseNumberAssigned;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.ConcernedBody;
import se.rjh.mtp.api.cases.ConsultationAnswered;
import se.rjh.mtp.api.cases.ConsultationOverdue;
import se.rjh.mtp.api.cases.InHouseCondition;
import se.rjh.mtp.api.cases.InHouseConditionCode;
import se.rjh.mtp.api.cases.InHouseConditionsRecorded;
import se.rjh.mtp.api.cases.IncidentDetailsRecorded;
import se.rjh.mtp.platform.eventstore.SerializerConfiguration;

/**
 * Every aggregate survives a snapshot: written and read back by the serializer the event store uses for snapshots,
 * the restored aggregate holds exactly the state of the one that was written, members included.
 */
class SnapshotRoundTripTest {

    private final Serializer snapshots = new SerializerConfiguration().snapshotSerializer();

    @Test
    void aCaseWithConsultationsAndTypeSpecificDataRoundTrips() {
        AtomicReference<Case> original = new AtomicReference<>();
        new AggregateTestFixture<>(Case.class)
                .given((Object[]) inPreparation(CaseType.INCIDENT_FOLLOW_UP))
                .andGiven(new IncidentDetailsRecorded(ID, TODAY.minusDays(3), PUMP, TODAY, TODAY, null, true),
                        new InHouseConditionsRecorded(ID,
                                List.of(new InHouseCondition(InHouseConditionCode.A, true, null))),
                        consultation("k1"),
                        new ConsultationAnswered(ID, "k1", ConcernedBody.PATIENT_SAFETY, "Inga invändningar", TODAY),
                        consultation("k2"),
                        new ConsultationOverdue(ID, "k2", ConcernedBody.PATIENT_SAFETY, TODAY.plusDays(14),
                                TODAY.plusDays(15)))
                .when(new AddCaseNote(ID, "n1", "Anteckning"))
                .expectState(original::set);

        SerializedObject<String> written = snapshots.serialize(original.get(), String.class);
        assertThat(written.getData()).contains("IN_CONSULTATION", "k1", "ANSWERED", "k2", "Infusionspump",
                "MTP/1/2026");
        Case restored = snapshots.deserialize(written);

        assertThat(restored).usingRecursiveComparison().isEqualTo(original.get());
        assertThat(snapshots.serialize(restored, String.class).getData()).isEqualTo(written.getData());
    }

    @Test
    void aDecidedCaseWithFollowUpOutcomesRoundTrips() {
        AtomicReference<Case> original = new AtomicReference<>();
        new AggregateTestFixture<>(Case.class)
                .given((Object[]) inPreparation(CaseType.OTHER))
                .andGiven(new DecisionProposed(ID, NUMBER, CaseType.OTHER, "Förslag", "Motivering", "Ingen remiss"),
                        new CaseDecided(ID, NUMBER, CaseType.OTHER, "Beslut", DecisionBody.LSG, TODAY, List.of(
                                new FollowUp("f1", FollowUpKind.OTHER, "Informera", null, null, null, null),
                                new FollowUp("f2", FollowUpKind.LAG_ASSIGNMENT, "Utred", null, "lag-1", null, null)),
                                null),
                        new FollowUpOutcomeRecorded(ID, "f1", FollowUpKind.OTHER, FollowUpOutcome.DONE, null, TODAY))
                .when(new ReportFollowUpOutcome(ID, "f2", FollowUpOutcome.NOT_POSSIBLE, "Ingen sådan LAG", TODAY))
                .expectState(original::set);

        SerializedObject<String> written = snapshots.serialize(original.get(), String.class);
        assertThat(written.getData()).contains("f1", "f2", "LAG_ASSIGNMENT", "NOT_POSSIBLE");
        Case restored = snapshots.deserialize(written);

        assertThat(restored).usingRecursiveComparison().isEqualTo(original.get());
        assertThat(snapshots.serialize(restored, String.class).getData()).isEqualTo(written.getData());
    }

    @Test
    void aNumberSeriesRoundTrips() {
        String series = CaseNumberSeries.seriesId(2026);
        AtomicReference<CaseNumberSeries> original = new AtomicReference<>();
        new AggregateTestFixture<>(CaseNumberSeries.class)
                .given(new CaseNumberAssigned(series, 2026, 1, "MTP/1/2026", "c1"),
                        new CaseNumberAssigned(series, 2026, 2, "MTP/2/2026", "c2"))
                .when(new AssignCaseNumber(series, 2026, "c3"))
                .expectResultMessagePayload("MTP/3/2026")
                .expectState(original::set);

        SerializedObject<String> written = snapshots.serialize(original.get(), String.class);
        assertThat(written.getData()).contains(series, "2026", "3");
        CaseNumberSeries restored = snapshots.deserialize(written);

        assertThat(restored).usingRecursiveComparison().isEqualTo(original.get());
        assertThat(snapshots.serialize(restored, String.class).getData()).isEqualTo(written.getData());
    }
}
