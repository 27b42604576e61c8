package se.rjh.mtp.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.rjh.mtp.testsupport.StartedService;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * The actor on stored events is the authenticated user, whatever the client claims: headers that proxies or other
 * systems use to pass a user name are ignored, and an actor in the body is refused as an unknown field.
 */
@ExtendWith(AllServices.class)
class ActorIntegrityTest {

    private static final List<String> IDENTITY_HEADERS = List.of("X-Actor", "X-User", "X-Forwarded-User",
            "X-Remote-User", "Remote-User", "X-Auth-Request-User", "X-Auth-Request-Preferred-Username",
            "X-Forwarded-Preferred-Username", "X-Authenticated-User", "X-Principal", "X-MS-CLIENT-PRINCIPAL-NAME", "From");

    @Test
    void headersThatNameSomeoneElseAreIgnored() {
        String today = LocalDate.now().toString();
        StartedService cases = AllServices.service("case-service");
        String caseId = spoofed(cases, "/api/cases", "registrator", """
                {"subject": "Ny infusionspump", "caseType": "INTRODUCTION", "channel": "FORM",
                 "submitter": {"name": "Eva Ek", "unit": "IVA Östersund", "email": "eva.ek@example.se"},
                 "receivedOn": "%s"}""".formatted(today)).path("id").asText();
        TestHttp.Response registered = spoof(TestHttp.request("POST", cases.baseUrl() + "/api/cases/" + caseId + "/registration")
                .as("registrator").json("{\"classification\": \"Införande\"}")).send();
        assertThat(registered.status()).as(registered.toString()).isEqualTo(200);

        StartedService groups = AllServices.service("group-service");
        String assignmentId = spoofed(groups, "/api/assignments", "ordforande", """
                {"groupId": "lag-tillverkning-sakerhet", "title": "Kartlägg egentillverkning",
                 "description": "Vilka enheter tillverkar egna produkter?", "deliverables": ["Rapport"],
                 "dueDate": "%s"}""".formatted(LocalDate.now().plusDays(90))).path("id").asText();

        StartedService guidelines = AllServices.service("guideline-service");
        String documentNumber = spoofed(guidelines, "/api/guidelines", "handlaggare",
                "{\"kind\": \"GUIDELINE\", \"title\": \"Rengöring av infusionspumpar\"}").path("documentNumber").asText();

        Map<String, String> caseActors = actors(cases, caseId, 2);
        Map<String, String> assignmentActors = actors(groups, assignmentId, 1);
        Map<String, String> guidelineActors = actors(guidelines, documentNumber, 1);
        System.out.printf("%nActor integrity: %d identity headers set to 'mallory' on every request; actors stored:%n"
                + "  case %s%n  assignment %s%n  guideline %s%n", IDENTITY_HEADERS.size(), caseActors, assignmentActors, guidelineActors);
        assertThat(caseActors.values()).containsOnly("registrator");
        assertThat(assignmentActors.values()).containsOnly("ordforande");
        assertThat(guidelineActors.values()).containsOnly("handlaggare");

        JsonNode history = TestHttp.request("GET", cases.baseUrl() + "/api/cases/" + caseId + "/history").as("revisor").send().json();
        List<String> historyActors = new ArrayList<>();
        history.forEach(entry -> historyActors.add(entry.path("actor").asText()));
        assertThat(historyActors).hasSizeGreaterThanOrEqualTo(2).containsOnly("registrator");
    }

    @Test
    void anActorInTheBodyIsRefused() {
        StartedService cases = AllServices.service("case-service");
        for (String field : List.of("\"actor\": \"mallory\"", "\"metaData\": {\"actor\": \"mallory\"}",
                "\"submitter\": {\"name\": \"Eva Ek\", \"actor\": \"mallory\"}")) {
            String body = """
                    {"subject": "Ny infusionspump", "caseType": "INTRODUCTION", "channel": "FORM",
                     "submitter": {"name": "Eva Ek"}, "receivedOn": "%s", %s}""".formatted(LocalDate.now(), field);
            TestHttp.Response answer = TestHttp.request("POST", cases.baseUrl() + "/api/cases").as("registrator").json(body).send();
            assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
            assertThat(answer.json().path("detail").asText()).contains("is not a known field");
        }
        StartedService groups = AllServices.service("group-service");
        TestHttp.Response answer = TestHttp.request("POST", groups.baseUrl() + "/api/assignments").as("ordforande").json("""
                {"groupId": "lag-tillverkning-sakerhet", "title": "T", "description": "D", "deliverables": ["R"],
                 "dueDate": "%s", "actor": "mallory"}""".formatted(LocalDate.now().plusDays(30))).send();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.json().path("field").asText()).isEqualTo("actor");
    }

    private static JsonNode spoofed(StartedService service, String path, String user, String json) {
        TestHttp.Response answer = spoof(TestHttp.request("POST", service.baseUrl() + path).as(user).json(json)).send();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json();
    }

    private static TestHttp.Request spoof(TestHttp.Request probe) {
        IDENTITY_HEADERS.forEach(header -> probe.header(header, header.equals("From") ? "mallory@example.se" : "mallory"));
        return probe;
    }

    /** Event type → actor for the aggregate's stored events, read through the service's own event store. */
    private static Map<String, String> actors(StartedService service, String aggregateId, int atLeast) {
        EventStore store = service.bean(EventStore.class);
        long deadline = System.nanoTime() + 20_000_000_000L;
        List<? extends DomainEventMessage<?>> events = List.of();
        while (events.size() < atLeast && System.nanoTime() < deadline) {
            events = store.readEvents(aggregateId).asStream().toList(); // a command sent without waiting lands shortly
            StoreSnapshot.sleep(events.size() < atLeast ? 100 : 0);
        }
        assertThat(events).as("events of " + aggregateId).hasSizeGreaterThanOrEqualTo(atLeast);
        return events.stream().collect(Collectors.toMap(e -> e.getPayloadType().getSimpleName() + "#" + e.getSequenceNumber(),
                e -> String.valueOf(e.getMetaData().get("actor")), (a, b) -> a, java.util.TreeMap::new));
    }
}
