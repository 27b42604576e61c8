package se.rjh.mtp.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import se.rjh.mtp.api.cases.DeviceClass;
import se.rjh.mtp.api.devices.DeviceKind;
import se.rjh.mtp.api.devices.InHouseDeviceStatus;
import se.rjh.mtp.api.devices.InHouseDeviceReviewOverdue;
import se.rjh.mtp.api.devices.MarketSearchRecorded;
import se.rjh.mtp.api.devices.ReviewIntervalChanged;
import se.rjh.mtp.api.reporting.view.InHouseDeviceRow;
import se.rjh.mtp.api.reporting.view.InHouseDevicesReport;
import se.rjh.mtp.api.reporting.view.WorklistItem;
import se.rjh.mtp.api.reporting.view.WorklistItemKind;
import se.rjh.mtp.platform.time.WorkingDays;
import se.rjh.mtp.reporting.dashboard.DashboardFigures;
import se.rjh.mtp.reporting.devices.DeviceRows;
import se.rjh.mtp.reporting.distributions.DistributionRows;
import se.rjh.mtp.reporting.groups.AssignmentRows;
import se.rjh.mtp.reporting.guidelines.GuidelineRows;
import se.rjh.mtp.reporting.incidents.IncidentRows;
import se.rjh.mtp.reporting.ingest.AuditRecords;
import se.rjh.mtp.reporting.pipeline.CasePipelineRows;
import se.rjh.mtp.reporting.readmodel.Generations;
import se.rjh.mtp.reporting.readmodel.ReadModelDigests;
import se.rjh.mtp.reporting.readmodel.ReadModelWriter;
import se.rjh.mtp.reporting.worklist.WorklistCaseRows;
import se.rjh.mtp.reporting.worklist.WorklistGroupRows;
import se.rjh.mtp.reporting.worklist.Worklists;

/**
 * The register of in-house devices in reporting over real event records, without Kafka: the rows and the dashboard
 * panel, the work list of the roles that maintain the register, and identical read models whatever the delivery
 * order and after a replay.
 */
class InHouseDeviceReportTest {

    private static final Serializer SERIALIZER = EventFactory.platformLikeSerializer();
    private static final LocalDate TODAY = Scenario.TODAY;
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    @AutoClose
    private static final WireMongo MONGO = new WireMongo();

    private record Models(Generations generations, ReadModelWriter writer, DashboardFigures figures,
                          Worklists worklists, ReadModelDigests digests) {
        /** Every projection the service has, so the digests cover all of them. */
        static Models fresh() {
            Generations generations = new Generations(MONGO.freshDatabase("devices"));
            ReadModelWriter writer = new ReadModelWriter(generations, List.of(new CasePipelineRows(),
                    new IncidentRows(), new AssignmentRows(SERIALIZER), new GuidelineRows(), new WorklistCaseRows(),
                    new WorklistGroupRows(), new DistributionRows(), new DeviceRows()));
            return new Models(generations, writer, new DashboardFigures(generations, writer, CLOCK),
                    new Worklists(generations, CLOCK, new WorkingDays(List.of())),
                    new ReadModelDigests(generations, writer));
        }

        List<WorklistItem> worklist(String user, String role) {
            return worklists.of(new UsernamePasswordAuthenticationToken(user, null,
                    List.of(new SimpleGrantedAuthority("ROLE_" + role)))).items();
        }
    }

    private static List<Document> records(DeviceScenario scenario) {
        return scenario.events.stream().map(m -> AuditRecords.from(m, SERIALIZER)).toList();
    }

    private static DeviceScenario scenario(EventFactory factory) {
        return new DeviceScenario(factory, TODAY, Instant.parse("2026-03-30T08:00:00Z"), "d");
    }

    @Test
    void theRowsAndThePanelFollowTheRegistersEvents() {
        Models models = Models.fresh();
        models.writer().apply(records(scenario(new EventFactory(SERIALIZER))), models.generations().active());

        InHouseDevicesReport report = models.figures().inHouseDevices();
        // The number series EGT is no device.
        assertThat(report.total()).isEqualTo(5);
        assertThat(report.perStatus()).isEqualTo(Map.of("PROPOSED", 1, "UNDER_DEVELOPMENT", 0, "RELEASED", 2,
                "IN_USE", 1, "WITHDRAWN", 1));
        // EGT-1 in 19 days, EGT-3 in 49 (its shorter interval, not the review's 358); EGT-2 is overdue instead.
        assertThat(report.reviewsDueWithin()).isEqualTo(Map.of("30", 1L, "60", 2L, "90", 2L));
        assertThat(report.reviewsOverdue()).isEqualTo(1);
        // EGT-1's search is overdue; EGT-4's date passed too, but a withdrawn device waits for nothing.
        assertThat(report.marketSearchesOverdue()).isEqualTo(1);
        assertThat(report.incidentsPerDevice()).isEqualTo(Map.of("EGT-1", 2));
        assertThat(report.devices()).extracting(InHouseDeviceRow::deviceId)
                .containsExactly("EGT-1", "EGT-2", "EGT-3", "EGT-4", "EGT-10");

        assertThat(report.devices().get(0)).isEqualTo(new InHouseDeviceRow("EGT-1", "Handledsskena", DeviceKind.MD,
                InHouseDeviceStatus.IN_USE, 1, "ortopedteknik-ost", DeviceClass.MDR_I, "MTP/1/2026",
                TODAY.plusDays(19), false, TODAY.minusDays(17), true, 2));
        assertThat(report.devices()).extracting(InHouseDeviceRow::deviceId, InHouseDeviceRow::status,
                InHouseDeviceRow::version, InHouseDeviceRow::nextReviewDue, InHouseDeviceRow::reviewOverdue,
                InHouseDeviceRow::marketSearchOverdue).containsExactly(
                tuple("EGT-1", InHouseDeviceStatus.IN_USE, 1, TODAY.plusDays(19), false, true),
                tuple("EGT-2", InHouseDeviceStatus.RELEASED, 1, TODAY.minusDays(12), true, false),
                tuple("EGT-3", InHouseDeviceStatus.RELEASED, 2, TODAY.plusDays(49), false, false),
                tuple("EGT-4", InHouseDeviceStatus.WITHDRAWN, 0, null, false, false),
                tuple("EGT-10", InHouseDeviceStatus.PROPOSED, 0, null, false, false));
        assertThat(models.figures().all().inHouseDevices()).isEqualTo(report);
    }

    @Test
    void anOverdueCountsForItsDueDateUntilAReviewOrANewDateAndASearchEndsAnOverdueSearch() {
        EventFactory factory = new EventFactory(SERIALIZER);
        List<Document> records = records(scenario(factory));
        Models models = Models.fresh();
        int egt3Reviewed = indexOf(records, "EGT-3", "InHouseDeviceReviewed");
        models.writer().apply(records.subList(0, egt3Reviewed), models.generations().active());
        assertThat(models.figures().inHouseDevices().reviewsOverdue()).isEqualTo(2);

        models.writer().apply(records.subList(egt3Reviewed, records.size()), models.generations().active());
        assertThat(models.figures().inHouseDevices().reviewsOverdue()).isEqualTo(1);
        assertThat(models.figures().inHouseDevices().marketSearchesOverdue()).isEqualTo(1);

        // A longer interval moves EGT-2's date ahead; the scan finds EGT-1's new date passed before the day is over.
        Instant at = Instant.parse("2026-04-01T08:00:00Z");
        List<Map.Entry<String, Object>> later = List.of(
                Map.entry("EGT-2", new ReviewIntervalChanged("EGT-2", "P24M", TODAY.plusDays(60))),
                Map.entry("EGT-1", new ReviewIntervalChanged("EGT-1", "P1M", TODAY)),
                Map.entry("EGT-1", new InHouseDeviceReviewOverdue("EGT-1", TODAY, TODAY)),
                Map.entry("EGT-1", new MarketSearchRecorded("EGT-1", "Fortfarande ingen", TODAY, false, "Sökt igen",
                        TODAY.plusDays(365))));
        for (Map.Entry<String, Object> event : later) {
            models.writer().apply(AuditRecords.from(factory.event(DeviceScenario.DEVICE, event.getKey(),
                    event.getValue(), "handlaggare", "c", at), SERIALIZER), models.generations().active());
        }
        InHouseDevicesReport after = models.figures().inHouseDevices();
        assertThat(after.devices()).extracting(InHouseDeviceRow::deviceId, InHouseDeviceRow::reviewOverdue)
                .startsWith(tuple("EGT-1", true), tuple("EGT-2", false));
        assertThat(after.reviewsOverdue()).isEqualTo(1);
        assertThat(after.marketSearchesOverdue()).isZero();
        assertThat(after.devices().get(0).nextMarketSearchDue()).isEqualTo(TODAY.plusDays(365));
        assertThat(models.worklist("ordforande", "LSG_CHAIR")).filteredOn(i -> i.deviceId() != null)
                .extracting(WorklistItem::kind, WorklistItem::deviceId)
                .containsExactly(tuple(WorklistItemKind.IN_HOUSE_DEVICE_REVIEW_DUE, "EGT-1"));
    }

    @Test
    void theChairAndCaseOfficersSeeReviewsAndMarketSearchesDueOverdueFirst() {
        Models models = Models.fresh();
        models.writer().apply(records(scenario(new EventFactory(SERIALIZER))), models.generations().active());

        for (String[] maintainer : new String[][] {{"ordforande", "LSG_CHAIR"}, {"handlaggare", "CASE_OFFICER"}}) {
            assertThat(models.worklist(maintainer[0], maintainer[1]))
                    .filteredOn(i -> i.deviceId() != null)
                    .extracting(WorklistItem::kind, WorklistItem::deviceId, WorklistItem::dueDate,
                            WorklistItem::daysOverdue, WorklistItem::overdue)
                    .containsExactly(
                            tuple(WorklistItemKind.MARKET_SEARCH_DUE, "EGT-1", TODAY.minusDays(17), 17, true),
                            tuple(WorklistItemKind.IN_HOUSE_DEVICE_REVIEW_DUE, "EGT-2", TODAY.minusDays(12), 12, true),
                            tuple(WorklistItemKind.IN_HOUSE_DEVICE_REVIEW_DUE, "EGT-1", TODAY.plusDays(19), -19,
                                    false));
        }
        WorklistItem first = models.worklist("ordforande", "LSG_CHAIR").stream()
                .filter(i -> "EGT-1".equals(i.deviceId())).findFirst().orElseThrow();
        assertThat(first.number()).isEqualTo("EGT-1");
        assertThat(first.title()).isEqualTo("Handledsskena");
        assertThat(first.detail()).isEqualTo("ortopedteknik-ost");
        assertThat(first.caseId()).isNull();
        // Who does not maintain the register has no device on their list.
        for (String role : List.of("REGISTRAR", "LAG_MEMBER", "AUDITOR", "ADMIN")) {
            assertThat(models.worklist("x", role)).as(role).noneMatch(i -> i.deviceId() != null);
        }
    }

    @Test
    void withRegisterEventsTheReadModelsAreTheSameShuffledRedeliveredAndReplayed() {
        EventFactory factory = new EventFactory(SERIALIZER);
        List<Document> records = new ArrayList<>(new Scenario(factory, "rd").events.stream()
                .map(m -> AuditRecords.from(m, SERIALIZER)).toList());
        records.addAll(records(scenario(factory)));
        Models ordered = Models.fresh();
        records.forEach(r -> ordered.writer().apply(r, ordered.generations().active()));

        Models shuffled = Models.fresh();
        Redelivery.batches(Redelivery.scrambled(records, 20, 40, 18), 4)
                .forEach(batch -> shuffled.writer().apply(batch, shuffled.generations().active()));
        assertThat(ordered.digests().ofActive().models().get(DeviceRows.MODEL).documents()).isEqualTo(5);
        assertThat(shuffled.digests().ofActive()).isEqualTo(ordered.digests().ofActive());
        assertThat(shuffled.figures().all()).isEqualTo(ordered.figures().all());

        int next = ordered.generations().startBuilding();
        Redelivery.batches(records, 9).forEach(batch -> ordered.writer().apply(batch, next));
        assertThat(ordered.digests().of(next)).isEqualTo(ordered.digests().ofActive());
    }

    private static int indexOf(List<Document> records, String aggregateId, String type) {
        for (int i = 0; i < records.size(); i++) {
            if (aggregateId.equals(records.get(i).getString("aggregateId"))
                    && type.equals(records.get(i).getString("eventType"))) {
                return i;
            }
        }
        throw new AssertionError(type + " of " + aggregateId + " not in the scenario");
    }
}
