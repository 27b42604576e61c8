package se.rjh.mtp.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.groups.AcknowledgementResponse;
import se.rjh.mtp.api.groups.DecisionDistributed;
import se.rjh.mtp.api.groups.DistributionAcknowledged;
import se.rjh.mtp.api.groups.DistributionAcknowledgementOverdue;
import se.rjh.mtp.api.groups.DistributionSubjectKind;
import se.rjh.mtp.api.groups.UnitAskedToAcknowledge;
import se.rjh.mtp.api.groups.view.AcknowledgementStatus;
import se.rjh.mtp.api.reporting.view.DistributionsReport;
import se.rjh.mtp.reporting.distributions.DistributionFigures;
import se.rjh.mtp.reporting.distributions.DistributionRows;
import se.rjh.mtp.reporting.ingest.AuditRecords;
import se.rjh.mtp.reporting.readmodel.Generations;
import se.rjh.mtp.reporting.readmodel.ReadModelDigests;
import se.rjh.mtp.reporting.readmodel.ReadModelWriter;

/**
 * The distributions report from group-service's events: who acknowledged, who waits and who is overdue, the same
 * whatever the delivery order, with duplicates, and after a replay into the next generation.
 */
class DistributionReportTest {

    private static final Serializer SERIALIZER = EventFactory.platformLikeSerializer();
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final LocalDate DUE = DAY.plusDays(14);
    private static final Instant AT = Instant.parse("2026-03-05T10:00:00Z");
    @AutoClose
    private static final WireMongo MONGO = new WireMongo();

    private record Models(ReadModelWriter writer, Generations generations, ReadModelDigests digests) {
        void feed(List<Document> records) {
            records.forEach(r -> writer.apply(r, generations.active()));
        }

        DistributionsReport report() {
            return DistributionFigures.compute(generations.active(DistributionRows.MODEL).find()
                    .into(new ArrayList<>()));
        }
    }

    private static Models models() {
        Generations generations = new Generations(MONGO.freshDatabase("distributions"));
        ReadModelWriter writer = new ReadModelWriter(generations, List.of(new DistributionRows()));
        return new Models(writer, generations, new ReadModelDigests(generations, writer));
    }

    private static List<Document> records() {
        EventFactory factory = new EventFactory(SERIALIZER);
        List<Object> first = List.of(
                new DecisionDistributed("d1", DistributionSubjectKind.CASE_DECISION, "case-1", "MTP/7/2026",
                        "MTP-rådets rekommendation, ärende MTP/7/2026", List.of("u1", "u2", "u3"), DUE, "Inför",
                        "ordforande", DAY),
                new UnitAskedToAcknowledge("d1", "u1", "Avdelning 12", "avd12@region.se", DUE),
                new UnitAskedToAcknowledge("d1", "u2", "VC Norr", "vc.norr@region.se", DUE),
                new UnitAskedToAcknowledge("d1", "u3", "Akuten", "akuten@region.se", DUE),
                new DistributionAcknowledged("d1", "u1", AcknowledgementResponse.IMPLEMENTED, "Infört", AT),
                new DistributionAcknowledged("d1", "u2", AcknowledgementResponse.NOT_APPLICABLE, "Inga pumpar", AT),
                new DistributionAcknowledgementOverdue("d1", "u3", DUE, DUE.plusDays(1)));
        List<Object> older = List.of(
                new DecisionDistributed("d0", DistributionSubjectKind.GUIDELINE, "RL-MTP-3", "RL-MTP-3 version 2",
                        "Rengöring av pumpar", List.of("u1"), DUE, null, "ordforande", DAY.minusDays(1)),
                new UnitAskedToAcknowledge("d0", "u1", "Avdelning 12", "avd12@region.se", DUE));
        List<Document> records = new ArrayList<>();
        older.forEach(e -> records.add(AuditRecords.from(factory.event("Distribution", "d0", e, "ordforande", "c0", AT),
                SERIALIZER)));
        first.forEach(e -> records.add(AuditRecords.from(factory.event("Distribution", "d1", e, "ordforande", "c1", AT),
                SERIALIZER)));
        return records;
    }

    @Test
    void eachDistributionShowsWhoAcknowledgedAndWhoIsOverdue() {
        Models models = models();
        models.feed(records());

        DistributionsReport report = models.report();
        assertThat(report.distributions()).extracting(DistributionsReport.Row::distributionId).containsExactly("d1", "d0");
        DistributionsReport.Row d1 = report.distributions().get(0);
        assertThat(d1.subjectReference()).isEqualTo("MTP/7/2026");
        assertThat(d1.acknowledgeBy()).isEqualTo(DUE);
        assertThat(d1.units()).isEqualTo(3);
        assertThat(d1.acknowledged()).isEqualTo(2);
        assertThat(d1.overdue()).isEqualTo(1);
        assertThat(d1.unitStates()).extracting(DistributionsReport.UnitRow::unitId, DistributionsReport.UnitRow::status,
                        DistributionsReport.UnitRow::response)
                .containsExactly(tuple("u1", AcknowledgementStatus.ACKNOWLEDGED, AcknowledgementResponse.IMPLEMENTED),
                        tuple("u2", AcknowledgementStatus.ACKNOWLEDGED, AcknowledgementResponse.NOT_APPLICABLE),
                        tuple("u3", AcknowledgementStatus.OVERDUE, null));
        assertThat(d1.unitStates().get(0).acknowledgedAt()).isEqualTo(AT);
        DistributionsReport.Row d0 = report.distributions().get(1);
        assertThat(d0.subjectKind()).isEqualTo(DistributionSubjectKind.GUIDELINE);
        assertThat(d0.unitStates()).extracting(DistributionsReport.UnitRow::status)
                .containsExactly(AcknowledgementStatus.WAITING);
    }

    @Test
    void duplicatesOutOfOrderDeliveryAndAReplayGiveIdenticalDigests() {
        List<Document> inOrder = records();
        List<Document> shuffled = Redelivery.scrambled(inOrder, 3, 7, 5);

        Models ordered = models();
        ordered.feed(inOrder);
        Models scrambled = models();
        scrambled.feed(shuffled);
        assertThat(scrambled.digests().ofActive()).isEqualTo(ordered.digests().ofActive());
        assertThat(scrambled.report()).isEqualTo(ordered.report());
        assertThat(ordered.digests().ofActive().models()).containsKey(DistributionRows.MODEL);

        int next = scrambled.generations().startBuilding();
        scrambled.writer().apply(inOrder, next);
        assertThat(scrambled.digests().of(next)).isEqualTo(scrambled.digests().ofActive());
    }
}
