package se.rjh.mtp.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.rjh.mtp.api.cases.CaseReceived;
import se.rjh.mtp.api.cases.CaseRegistered;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.Channel;
import se.rjh.mtp.api.cases.ConcernedBody;
import se.rjh.mtp.api.cases.ConsultationRequested;
import se.rjh.mtp.api.cases.PreparationStarted;
import se.rjh.mtp.api.cases.Submitter;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * GET /api/worklist on the started service, fed through Kafka and the live consumer. Dates are relative to the
 * service's clock, with margins no weekend or holiday can eat; the exact limits are {@code WorklistRulesTest}'s.
 */
@ExtendWith(TestSystemExtension.class)
class WorklistHttpTest {

    @Test
    void aCaseOfficerSeesTheConsultationsOfTheirOwnCasesAndTheRegistrarUnregisteredCases(TestSystem system) {
        LocalDate today = LocalDate.now(system.context.getBean(Clock.class));
        EventFactory factory = new EventFactory(system.serializer);
        List<DomainEventMessage<?>> events = new ArrayList<>();
        Instant at = Instant.now().minusSeconds(3600);
        for (String officer : List.of("handlaggare", "annan")) {
            String caseId = "wl-" + officer;
            events.add(factory.event("Case", caseId, new CaseReceived(caseId, "Bevakning " + officer, null,
                    CaseType.OTHER, Channel.EMAIL, new Submitter("A", null, null), today.minusDays(60), null),
                    "registrator", "c", at));
            events.add(factory.event("Case", caseId, new CaseRegistered(caseId, "MTP/" + caseId, CaseType.OTHER,
                    "Övrigt", null, null, today.minusDays(60), today.minusDays(60)), "registrator", "c", at));
            events.add(factory.event("Case", caseId, new PreparationStarted(caseId, "MTP/" + caseId, CaseType.OTHER,
                    officer, today.minusDays(59)), officer, "c", at));
            events.add(factory.event("Case", caseId, new ConsultationRequested(caseId, "k1",
                    ConcernedBody.PATIENT_SAFETY, "Fråga", today.plusDays(2)), officer, "c", at));
        }
        // Ten calendar days always hold more than one working day, whatever the holidays.
        events.add(factory.event("Case", "wl-waiting", new CaseReceived("wl-waiting", "Oregistrerat", null,
                CaseType.OTHER, Channel.EMAIL, new Submitter("B", null, null), today.minusDays(10), null),
                "registrator", "c", at));
        system.publish(events);
        system.awaitApplied();
        String url = system.baseUrl() + "/api/worklist";

        JsonNode officer = TestHttp.get(url, "handlaggare").json();
        assertThat(officer.get("user").asText()).isEqualTo("handlaggare");
        assertThat(officer.get("today").asText()).isEqualTo(today.toString());
        JsonNode item = ours(officer).get(0);
        assertThat(ours(officer)).hasSize(1);
        assertThat(item.get("kind").asText()).isEqualTo("CONSULTATION_DUE");
        assertThat(item.get("caseId").asText()).isEqualTo("wl-handlaggare");
        assertThat(item.get("number").asText()).isEqualTo("MTP/wl-handlaggare");
        assertThat(item.get("title").asText()).isEqualTo("Bevakning handlaggare");
        assertThat(item.get("dueDate").asText()).isEqualTo(today.plusDays(2).toString());
        assertThat(item.get("daysOverdue").asInt()).isEqualTo(-2);
        assertThat(item.get("overdue").asBoolean()).isFalse();

        JsonNode registrar = TestHttp.get(url, "registrator").json();
        assertThat(ours(registrar)).extracting(i -> i.get("kind").asText() + " " + i.get("caseId").asText())
                .containsExactly("REGISTRATION_WAITING wl-waiting");
        assertThat(ours(TestHttp.get(url, "revisor").json())).isEmpty();
        assertThat(TestHttp.get(url, "lag").status()).isEqualTo(200);
        assertThat(TestHttp.get(url, null).status()).isEqualTo(401);
    }

    /** This test's items: other test classes share the service. */
    private static List<JsonNode> ours(JsonNode worklist) {
        return StreamSupport.stream(worklist.get("items").spliterator(), false)
                .filter(i -> i.get("caseId").asText("").startsWith("wl-")).toList();
    }
}
