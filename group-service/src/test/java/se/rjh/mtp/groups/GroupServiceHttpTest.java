package se.rjh.mtp.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Headers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import se.rjh.mtp.api.common.ActionNotPermittedException;
import se.rjh.mtp.api.common.MetadataKeys;
import se.rjh.mtp.api.groups.AssignmentOverdue;
import se.rjh.mtp.api.groups.QuestionRaised;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.AcceptAssignment;
import se.rjh.mtp.groups.overdue.OverdueJob;
import se.rjh.mtp.groups.workinggroup.StandingGroupsSeeder;
import se.rjh.mtp.testsupport.KafkaTopics;
import se.rjh.mtp.testsupport.TestHttp;

/** group-service on the embedded Kafka and MongoDB: seeding, the assignment lifecycle over HTTP, roles, Kafka out. */
class GroupServiceHttpTest {

    static final String LAG_SAFETY = "lag-tillverkning-sakerhet";

    static ConfigurableApplicationContext service;
    static TestHttp.Api http;
    static KafkaTopics kafka;

    @BeforeAll
    static void start() {
        RunningGroupService running = RunningGroupService.get();
        service = running.context;
        http = running.http;
        kafka = running.kafka;
    }

    @Test
    void standingGroupsAndDemoMembersAreSeededOnceThroughCommands() {
        JsonNode lsg = awaitJson("/api/groups/lsg-mtp", "revisor", g -> g.path("members").size() == 1);
        assertThat(lsg.path("kind").asText()).isEqualTo("LSG");
        assertThat(lsg.path("members").get(0).path("userName").asText()).isEqualTo("ordforande");
        assertThat(lsg.path("members").get(0).path("role").asText()).isEqualTo("CHAIR");
        for (String lag : List.of(LAG_SAFETY, "lag-ordnat-inforande")) {
            JsonNode group = awaitJson("/api/groups/" + lag, "lag", g -> g.path("members").size() == 1);
            assertThat(group.path("parentGroupId").asText()).isEqualTo("lsg-mtp");
            assertThat(group.path("membershipHistory").get(0).path("userName").asText()).isEqualTo("lag");
        }
        long before = events("lsg-mtp") + events(LAG_SAFETY);
        service.getBean(StandingGroupsSeeder.class).seed(); // what a restart does
        assertThat(events("lsg-mtp") + events(LAG_SAFETY)).isEqualTo(before).isEqualTo(4);
    }

    @Test
    void theWholeLifecycleOverHttp() {
        String id = issue(LAG_SAFETY, "Rutin för egentillverkning");
        assertThat(awaitStatus(id, "ISSUED").path("issuedBy").asText()).isEqualTo("ordforande");
        assertThat(http.post("/api/assignments/" + id + "/accept", "lag", "").status()).isEqualTo(204);
        awaitStatus(id, "ACCEPTED");
        assertThat(http.post("/api/assignments/" + id + "/progress-reports", "lag",
                "{\"status\": \"YELLOW\", \"text\": \"Något försenat\"}").status()).isEqualTo(204);
        awaitStatus(id, "IN_PROGRESS");
        assertThat(http.post("/api/assignments/" + id + "/delivery", "lag",
                "{\"finalReport\": \"Rutinen är klar\"}").status()).isEqualTo(204);
        awaitStatus(id, "DELIVERED");
        assertThat(http.post("/api/assignments/" + id + "/feedback", "ordforande",
                "{\"outcome\": \"REVISION_REQUESTED\", \"feedback\": \"Lägg till checklista\"}").status()).isEqualTo(204);
        awaitStatus(id, "IN_PROGRESS");
        http.post("/api/assignments/" + id + "/delivery", "lag", "{\"finalReport\": \"Med checklista\"}");
        awaitStatus(id, "DELIVERED");
        http.post("/api/assignments/" + id + "/feedback", "ordforande", "{\"outcome\": \"COMPLETED\", \"feedback\": \"Bra\"}");
        JsonNode done = awaitStatus(id, "COMPLETED");
        assertThat(done.path("progressReports").get(0).path("status").asText()).isEqualTo("YELLOW");
        assertThat(done.path("feedback")).hasSize(2);

        TestHttp.Response again = http.post("/api/assignments/" + id + "/accept", "lag", "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("currentStep").asText()).isEqualTo("COMPLETED");
    }

    @Test
    void theChairKeepsAWrittenAssignmentAsADraftAndIssuesItLater() {
        TestHttp.Response refused = http.post("/api/assignments/drafts", "registrator", issueBody(LAG_SAFETY, "Utkast"));
        assertThat(refused.status()).isEqualTo(403);
        TestHttp.Response invalid = http.post("/api/assignments/drafts", "ordforande", issueBody("lsg-mtp", "Utkast"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().toString()).contains("groupId");

        TestHttp.Response created = http.post("/api/assignments/drafts", "ordforande", issueBody(LAG_SAFETY, "Utkast"));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().path("id").asText();
        JsonNode draft = awaitStatus(id, "DRAFTED");
        assertThat(draft.path("title").asText()).isEqualTo("Utkast");
        assertThat(draft.path("followUpId").isMissingNode() || draft.path("followUpId").isNull()).isTrue();
        assertThat(http.post("/api/assignments/" + id + "/accept", "lag", "").status()).isEqualTo(409);
        assertThat(http.post("/api/assignments/" + id + "/issue", "ordforande", "").status()).isEqualTo(204);
        assertThat(awaitStatus(id, "ISSUED").path("issuedBy").asText()).isEqualTo("ordforande");
    }

    @Test
    void rolesAndMembershipAreChecked() {
        TestHttp.Response registrar = http.post("/api/assignments", "registrator", issueBody(LAG_SAFETY, "Otillåtet"));
        assertThat(registrar.status()).isEqualTo(403);
        assertThat(registrar.contentType()).startsWith("application/problem+json");

        // a LAG the demo user "lag" is not a member of
        String otherLag = establishLag("LAG Gaser");
        String id = issue(otherLag, "Gasuttag");
        TestHttp.Response outsider = http.post("/api/assignments/" + id + "/accept", "lag", "");
        assertThat(outsider.status()).isEqualTo(403);
        TestHttp.Response question = http.post("/api/assignments/" + id + "/questions", "lag", "{\"subject\": \"S\", \"text\": \"T\"}");
        assertThat(question.status()).isEqualTo(403);
        assertThat(events(id)).isEqualTo(1); // refused requests changed nothing

        TestHttp.Response chairAccepting = http.post("/api/assignments/" + id + "/accept", "ordforande", "");
        assertThat(chairAccepting.status()).isEqualTo(403);
        TestHttp.Response lagCancelling = http.post("/api/assignments/" + id + "/cancellation", "lag", "{\"reason\": \"x\"}");
        assertThat(lagCancelling.status()).isEqualTo(403);
    }

    @Test
    void aMembershipRefusalReachesTheSenderAsTheDomainsOwnException() {
        String id = issue(LAG_SAFETY, "Bara för LAG:ens medlemmar");
        Object outsider = GenericCommandMessage.asCommandMessage(new AcceptAssignment(id, LocalDate.now()))
                .andMetaData(Map.of(MetadataKeys.ACTOR, "not-a-member"));

        Throwable refused = catchThrowable(() -> service.getBean(CommandGateway.class).sendAndWait(outsider));

        // the local command bus hands back what the aggregate threw, so the problem mapping sees its status (403)
        assertThat(refused).isInstanceOf(ActionNotPermittedException.class);
        assertThat(events(id)).isEqualTo(1);
    }

    @Test
    void theListFiltersByGroupAndStatusAndPagesNewestFirst() {
        String lag = establishLag("LAG Listor");
        String first = issue(lag, "Först");
        String second = issue(lag, "Sedan");
        String third = issue(lag, "Sist");
        assertThat(http.post("/api/assignments/" + second + "/cancellation", "ordforande", "{\"reason\": \"Inaktuellt\"}")
                .status()).isEqualTo(204);
        awaitStatus(second, "CANCELLED");

        assertThat(ids("/api/assignments?groupId=" + lag)).containsExactly(third, second, first);
        assertThat(ids("/api/assignments?groupId=" + lag + "&size=2")).containsExactly(third, second);
        assertThat(ids("/api/assignments?groupId=" + lag + "&size=2&page=1")).containsExactly(first);
        assertThat(ids("/api/assignments?groupId=" + lag + "&status=ISSUED")).containsExactly(third, first);
        assertThat(ids("/api/assignments?groupId=" + lag + "&status=CANCELLED")).containsExactly(second);
        assertThat(ids("/api/assignments?status=CANCELLED&size=200")).contains(second).doesNotContain(first, third);

        for (String bad : List.of("status=OPEN", "size=0", "size=201", "page=-1")) {
            TestHttp.Response refused = http.get("/api/assignments?" + bad, "revisor");
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.json().path("field").asText()).isEqualTo(bad.substring(0, bad.indexOf('=')));
        }
    }

    @Test
    void viewsKeepTheFieldNamesClientsRead() {
        String id = issue(LAG_SAFETY, "Fältnamn");
        JsonNode assignment = awaitStatus(id, "ISSUED");
        assertThat(fieldNames(assignment)).containsExactly("id", "groupId", "groupName", "title", "description",
                "deliverables", "dueDate", "caseId", "followUpId", "status", "overdue", "overdueSince", "issuedBy",
                "issuedOn", "acceptedBy", "acceptedOn", "declineReason", "declinedBy", "progressReports", "finalReport",
                "deliveredBy", "deliveredOn", "feedback", "cancellationReason", "cancelledBy", "questions", "decisions");
        assertThat(assignment.path("id").asText()).isEqualTo(id);
        assertThat(assignment.path("dueDate").asText()).isEqualTo("2099-01-01");
        assertThat(assignment.path("deliverables").get(0).asText()).isEqualTo("Underlag");
        assertThat(assignment.path("overdue").isBoolean()).isTrue();

        JsonNode lsg = awaitJson("/api/groups/lsg-mtp", "revisor", g -> g.path("members").size() == 1);
        assertThat(fieldNames(lsg)).containsExactly("id", "name", "kind", "mandate", "parentGroupId", "establishedOn",
                "dissolvedOn", "dissolutionReason", "members", "membershipHistory");
        assertThat(lsg.path("establishedOn").asText()).isEqualTo("2025-09-01");
        assertThat(fieldNames(lsg.path("members").get(0))).containsExactly("userName", "name", "role", "unit", "from");
        assertThat(fieldNames(lsg.path("membershipHistory").get(0)))
                .containsExactly("userName", "name", "role", "unit", "from", "until");
        JsonNode groups = http.get("/api/groups", "revisor").json();
        assertThat(groups.isArray()).isTrue();
        assertThat(groups.findValuesAsText("id")).contains("lsg-mtp", LAG_SAFETY, "lag-ordnat-inforande");
    }

    @Test
    void invalidInputNamesTheFieldAndChangesNothing() {
        TestHttp.Response noDeliverables = http.post("/api/assignments", "ordforande", """
                {"groupId": "lag-tillverkning-sakerhet", "title": "T", "description": "D", "deliverables": [],
                 "dueDate": "2099-01-01"}""");
        assertThat(noDeliverables.status()).isEqualTo(400);
        assertThat(noDeliverables.json().path("field").asText()).isEqualTo("deliverables");
        TestHttp.Response lsgAsTarget = http.post("/api/assignments", "ordforande", issueBody("lsg-mtp", "T"));
        assertThat(lsgAsTarget.status()).isEqualTo(400);
        assertThat(lsgAsTarget.json().path("field").asText()).isEqualTo("groupId");
        TestHttp.Response pii = http.post("/api/assignments", "ordforande", """
                {"groupId": "lag-tillverkning-sakerhet", "title": "T", "description": "Patient 19121212-1212",
                 "deliverables": ["R"], "dueDate": "2099-01-01"}""");
        assertThat(pii.status()).isEqualTo(400);
        assertThat(pii.json().path("field").asText()).isEqualTo("description");
        assertThat(http.get("/api/assignments/no-such", "revisor").status()).isEqualTo(404);
    }

    @Test
    void aQuestionIsPublishedOnTheGroupsTopicKeyedByTheAssignment() throws Exception {
        String id = issue(LAG_SAFETY, "Märkning av egentillverkade produkter");
        TestHttp.Response asked = http.post("/api/assignments/" + id + "/questions", "lag",
                "{\"subject\": \"Krav på märkning?\", \"text\": \"Gäller kravet även hjälpmedel?\"}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        String questionId = asked.json().path("questionId").asText();

        Predicate<ConsumerRecord<String, byte[]>> question = r -> id.equals(r.key())
                && QuestionRaised.class.getName().equals(KafkaTopics.header(r, Headers.MESSAGE_TYPE));
        List<ConsumerRecord<String, byte[]>> records = kafka.await("mtp.groups.events", question, Duration.ofSeconds(20));
        assertThat(records).hasSize(1);
        JsonNode payload = TestHttp.JSON.readTree(records.get(0).value());
        assertThat(payload.path("questionId").asText()).isEqualTo(questionId);
        assertThat(payload.path("assignmentId").asText()).isEqualTo(id);
        assertThat(payload.path("groupId").asText()).isEqualTo(LAG_SAFETY);
        assertThat(payload.path("subject").asText()).isEqualTo("Krav på märkning?");
        assertThat(payload.path("text").asText()).isEqualTo("Gäller kravet även hjälpmedel?");
        assertThat(payload.path("raisedBy").asText()).isEqualTo("lag");
        assertThat(payload.path("groupName").asText()).isEqualTo("LAG Tillverkning och säkerhet");
    }

    @Test
    void overdueIsRaisedOnceByTheDeadlineJob() {
        String id = issue(LAG_SAFETY, "Snart försenat");
        awaitStatus(id, "ISSUED");
        LocalDate afterDue = LocalDate.parse("2099-01-02");
        assertThat(service.getBean(OverdueJob.class).raiseOverdue(afterDue)).contains(id);
        awaitJson("/api/assignments/" + id, "revisor", a -> a.path("overdue").asBoolean());
        service.getBean(OverdueJob.class).raiseOverdue(afterDue.plusDays(1));
        long overdueEvents = service.getBean(EventStore.class).readEvents(id).asStream()
                .filter(e -> e.getPayload() instanceof AssignmentOverdue).count();
        assertThat(overdueEvents).isEqualTo(1);
    }

    static String issue(String groupId, String title) {
        TestHttp.Response response = http.post("/api/assignments", "ordforande", issueBody(groupId, title));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asText();
    }

    static String establishLag(String name) {
        TestHttp.Response created = http.post("/api/groups", "ordforande",
                "{\"name\": \"%s\", \"kind\": \"LAG\", \"parentGroupId\": \"lsg-mtp\"}".formatted(name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    static List<String> ids(String path) {
        TestHttp.Response response = http.get(path, "revisor");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().findValuesAsText("id");
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static String issueBody(String groupId, String title) {
        return """
                {"groupId": "%s", "title": "%s", "description": "Ta fram underlag",
                 "deliverables": ["Underlag"], "dueDate": "2099-01-01"}""".formatted(groupId, title);
    }

    static long events(String aggregateId) {
        return service.getBean(EventStore.class).readEvents(aggregateId).asStream().count();
    }

    static JsonNode awaitStatus(String id, String status) {
        return awaitJson("/api/assignments/" + id, "revisor", a -> status.equals(a.path("status").asText()));
    }

    static JsonNode awaitJson(String path, String user, Predicate<JsonNode> condition) {
        Instant deadline = Instant.now().plusSeconds(20);
        TestHttp.Response response = http.get(path, user);
        while (Instant.now().isBefore(deadline)) {
            if (response.status() == 200 && condition.test(response.json())) {
                return response.json();
            }
            sleep();
            response = http.get(path, user);
        }
        throw new AssertionError("Condition not met for " + path + ": " + response.status() + " " + response.body());
    }

    static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
