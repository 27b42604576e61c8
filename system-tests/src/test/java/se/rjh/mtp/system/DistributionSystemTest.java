package se.rjh.mtp.system;

import static org.assertj.core.api.Assertions.assertThat;
import static se.rjh.mtp.system.SystemUnderTest.Service.GROUPS;
import static se.rjh.mtp.system.SystemUnderTest.Service.REPORTING;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.rjh.mtp.api.cases.CaseDecided;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.DecisionBody;
import se.rjh.mtp.api.common.Topics;
import se.rjh.mtp.groups.distribution.AcknowledgementOverdueJob;
import se.rjh.mtp.testsupport.Await;
import se.rjh.mtp.testsupport.KafkaTopics;
import se.rjh.mtp.testsupport.MutableClock;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * Spreading an MTP-rådet recommendation to three units (issue 15): the decision reaches group-service as
 * case-service publishes it, two units acknowledge through their links without an account, the test clock passes the
 * date, and reporting-service shows per distribution who acknowledged and who is overdue.
 */
class DistributionSystemTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);
    private static final MutableClock CLOCK = MutableClock.onDay(TODAY);

    @RegisterExtension
    static final SystemUnderTest system = SystemUnderTest.of(REPORTING).with(GROUPS, groups -> groups.clock(CLOCK));

    @Test
    void twoUnitsAcknowledgeThroughTheirLinksAndReportingShowsTheThirdOverdue() {
        String groups = system.groups().baseUrl();
        List<String> units = List.of(unit("Avdelning 12, Kirurgi"), unit("Vårdcentralen Norr"), unit("Akutmottagningen"));
        String caseId = UUID.randomUUID().toString();
        publishDecision(new CaseDecided(caseId, "MTP/40/2026", CaseType.MTP_COUNCIL_RECOMMENDATION,
                "Införs enligt rekommendationen", DecisionBody.LSG, TODAY, List.of(), null));
        LocalDate due = TODAY.plusDays(14);
        String body = """
                {"subjectKind": "CASE_DECISION", "subjectId": "%s", "unitIds": ["%s", "%s", "%s"],
                 "acknowledgeBy": "%s", "message": "Inför rekommendationen."}""".formatted(caseId, units.get(0),
                units.get(1), units.get(2), due);
        TestHttp.Response created = Await.value("the decision reaches group-service", Duration.ofSeconds(60),
                () -> TestHttp.post(groups + "/api/distributions", "ordforande", body), r -> r.status() != 400);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asText();

        JsonNode distribution = Await.value("the distribution's units", Duration.ofSeconds(30),
                () -> TestHttp.get(groups + "/api/distributions/" + id, "ordforande"),
                r -> r.status() == 200 && r.json().path("units").size() == 3).json();
        for (int i = 0; i < 2; i++) {
            String link = distribution.path("units").get(i).path("link").asText();
            String path = "/api/acknowledgements/" + link.substring(link.lastIndexOf('/') + 1);
            assertThat(TestHttp.get(groups + path, null).json().path("unitId").asText()).isEqualTo(units.get(i));
            TestHttp.Response acknowledged = TestHttp.post(groups + path, null,
                    "{\"response\": \"IMPLEMENTED\", \"comment\": \"Infört\"}");
            assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(204);
        }

        CLOCK.setToday(due.plusDays(1));
        assertThat(system.groups().bean(AcknowledgementOverdueJob.class).raiseOverdue())
                .containsExactly(id + "/" + units.get(2));

        JsonNode row = Await.value("reporting shows two acknowledged and one overdue", Duration.ofSeconds(60),
                () -> reportRow(id), r -> r != null && r.path("acknowledged").asInt() == 2
                        && r.path("overdue").asInt() == 1);
        assertThat(row.path("subjectReference").asText()).isEqualTo("MTP/40/2026");
        assertThat(row.path("units").asInt()).isEqualTo(3);
        assertThat(row.path("unitStates").findValuesAsText("status"))
                .containsExactly("ACKNOWLEDGED", "ACKNOWLEDGED", "OVERDUE");
        assertThat(row.path("unitStates").get(2).path("unitName").asText()).isEqualTo("Akutmottagningen");
        assertThat(row.toString()).doesNotContain("/api/acknowledgements/", "Infört");
    }

    private static JsonNode reportRow(String distributionId) {
        TestHttp.Response report = TestHttp.get(system.reporting().baseUrl() + "/api/reports/distributions", "revisor");
        for (JsonNode row : report.json().path("distributions")) {
            if (distributionId.equals(row.path("distributionId").asText())) {
                return row;
            }
        }
        return null;
    }

    private static String unit(String name) {
        TestHttp.Response created = TestHttp.post(system.groups().baseUrl() + "/api/units", "ordforande",
                "{\"name\": \"%s\", \"contactEmail\": \"enhet-%s@region.se\"}".formatted(name,
                        UUID.randomUUID().toString().substring(0, 8)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    /** As case-service publishes it: the same converter, keyed by the case id. */
    @SuppressWarnings("unchecked")
    private static void publishDecision(CaseDecided decided) {
        KafkaMessageConverter<String, byte[]> converter = system.groups().bean(KafkaMessageConverter.class);
        new KafkaTopics(system.infra().kafkaBootstrapServers()).send(converter.createKafkaMessage(
                new GenericDomainEventMessage<>("Case", decided.caseId(), 0, decided), Topics.CASES));
    }
}
