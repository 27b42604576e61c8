package se.rjh.mtp.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.reporting.dashboard.DashboardFigures;
import se.rjh.mtp.reporting.groups.AssignmentRows;
import se.rjh.mtp.reporting.guidelines.GuidelineRows;
import se.rjh.mtp.reporting.incidents.IncidentRows;
import se.rjh.mtp.reporting.ingest.AuditRecords;
import se.rjh.mtp.reporting.pipeline.CasePipelineRows;
import se.rjh.mtp.reporting.readmodel.Generations;
import se.rjh.mtp.reporting.readmodel.ReadModelDigests;
import se.rjh.mtp.reporting.readmodel.ReadModelWriter;

/** Every read model fed with generic records, without Kafka; a Mongo-wire server in memory holds the rows. */
class ProjectionTest {

    private static MongoServer server;
    private static MongoClient client;
    private static int databases;
    private static final Serializer SERIALIZER = EventFactory.platformLikeSerializer();
    private static final Clock TODAY = Clock.fixed(Scenario.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);

    private record Models(ReadModelWriter writer, Generations generations, DashboardFigures figures,
                          ReadModelDigests digests) {
        void feed(List<Document> records) {
            records.forEach(r -> writer.apply(r, generations.active()));
        }
    }

    @BeforeAll
    static void startMongo() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
    }

    @AfterAll
    static void stopMongo() {
        client.close();
        server.shutdownNow();
    }

    private static Models models() {
        MongoDatabase db = client.getDatabase("projection-" + (++databases));
        Generations generations = new Generations(db);
        ReadModelWriter writer = new ReadModelWriter(generations, List.of(new CasePipelineRows(), new IncidentRows(),
                new AssignmentRows(), new GuidelineRows()));
        return new Models(writer, generations, new DashboardFigures(generations, TODAY),
                new ReadModelDigests(generations, writer));
    }

    private static List<Document> records(Scenario scenario) {
        return scenario.events.stream().map(m -> AuditRecords.from(m, SERIALIZER)).toList();
    }

    @Test
    void pipelineCountsStepsTypesMonthsLeadTimesAndTurnaround() {
        Models models = models();
        models.feed(records(new Scenario(new EventFactory(SERIALIZER), "p")));

        Map<String, Object> pipeline = models.figures().pipeline();
        assertThat(pipeline).containsEntry("total", 2)
                .containsEntry("perStep", Map.of("DECIDED", 1, "REGISTERED", 1))
                .containsEntry("perCaseType", Map.of("IN_HOUSE_MANUFACTURING", 1, "INCIDENT_FOLLOW_UP", 1))
                .containsEntry("receivedPerMonth", Map.of("2026-02", 1, "2026-03", 1));
        Map<?, ?> lead = (Map<?, ?>) pipeline.get("leadTimeHoursPerStep");
        assertThat(lead.get("RECEIVED")).isEqualTo(Map.of("count", 2, "median", 1.0, "p90", 1.0));
        assertThat(lead.get("IN_CONSULTATION")).isEqualTo(Map.of("count", 1, "median", 4.0, "p90", 4.0));
        assertThat(pipeline.get("consultationTurnaroundDaysPerBody"))
                .isEqualTo(Map.of("SAFETY_COUNCIL", Map.of("count", 1, "median", 0.08, "p90", 0.08)));
        // The open consultation c2 is past due, but the case is decided: nothing is waiting on it any more.
        assertThat(pipeline.get("pastConsultationDue")).isEqualTo(Map.of("count", 0, "caseIds", List.of()));
    }

    @Test
    void aCaseStillInConsultationPastItsDueDateIsCounted() {
        Models models = models();
        Scenario scenario = new Scenario(new EventFactory(SERIALIZER), "d");
        models.feed(records(scenario).subList(0, 8));

        assertThat(models.figures().pipeline().get("pastConsultationDue"))
                .isEqualTo(Map.of("count", 1, "caseIds", List.of(scenario.caseId)));
    }

    @Test
    void workingGroupsGuidelinesAndIncidents() {
        Models models = models();
        Scenario scenario = new Scenario(new EventFactory(SERIALIZER), "w");
        models.feed(records(scenario));

        Map<String, Object> groups = models.figures().workingGroups();
        assertThat(groups.get("perGroup")).isEqualTo(Map.of("lag-tillverkning",
                Map.of("name", "LAG Tillverkning och säkerhet", "byState", Map.of("ISSUED", 1))));
        assertThat(groups.get("overdue")).isEqualTo(Map.of("count", 1, "assignmentIds",
                List.of(scenario.assignmentId)));
        assertThat(groups.get("latestReportStatusCounts")).isEqualTo(Map.of("RED", 1));

        Map<String, Object> guidelines = models.figures().guidelines();
        assertThat(guidelines).containsEntry("published", 1L).containsEntry("reviewsOverdue", 0L)
                .containsEntry("reviewsDueWithin", Map.of("30", 0L, "60", 1L, "90", 1L));

        assertThat(models.figures().incidents()).containsEntry("total", 1)
                .containsEntry("reportedToManufacturer", 1L).containsEntry("reportedToMedicalProductsAgency", 1L)
                .containsEntry("reportedToIvo", 0L).containsEntry("lexMariaAssessed", 1L);
    }

    @Test
    void duplicatesAndOutOfOrderDeliveryGiveIdenticalReadModels() {
        List<Document> inOrder = records(new Scenario(new EventFactory(SERIALIZER), "o"));
        List<Document> shuffled = new ArrayList<>(inOrder);
        shuffled.addAll(inOrder.subList(2, 9));
        Collections.shuffle(shuffled, new Random(7));
        Collections.reverse(shuffled.subList(0, 5));

        Models ordered = models();
        ordered.feed(inOrder);
        Models scrambled = models();
        scrambled.feed(shuffled);
        scrambled.feed(inOrder.subList(0, 3));

        assertThat(scrambled.digests().ofActive()).isEqualTo(ordered.digests().ofActive());
        assertThat(scrambled.figures().all()).isEqualTo(ordered.figures().all());
        assertThat(ordered.generations().active(ReadModelWriter.AUDIT_LOG).countDocuments())
                .isEqualTo(inOrder.size());
    }

    @Test
    void anUnknownEventTypeIsRecordedWithoutDisturbingTheRows() {
        Models models = models();
        EventFactory factory = new EventFactory(SERIALIZER);
        Scenario scenario = new Scenario(factory, "u");
        List<Document> records = new ArrayList<>(records(scenario));
        records.add(AuditRecords.from(factory.event("Case", scenario.caseId,
                Map.of("caseId", scenario.caseId, "somethingNew", 42), "handlaggare", "corr", Scenario.START),
                SERIALIZER));
        models.feed(records);

        Document row = models.generations().active(CasePipelineRows.MODEL)
                .find(new Document("_id", scenario.caseId)).first();
        assertThat(row.getString("step")).isEqualTo("DECIDED");
        assertThat(row.get("lastSequence", Number.class).longValue()).isEqualTo(8L);
    }
}
