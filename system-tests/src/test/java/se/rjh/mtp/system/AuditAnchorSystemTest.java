package se.rjh.mtp.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.rjh.mtp.testsupport.Await;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * The threat the anchors counter: a writing service's database user deletes an aggregate's latest event. The chain in
 * its store still holds, so only reporting-service's copy (received over Kafka, out of that user's reach) shows it:
 * case-service's verification, given the heads reporting-service anchored, names the deleted event.
 */
@ExtendWith(CaseAndReporting.class)
class AuditAnchorSystemTest {

    @Test
    void latestEventDeletedInTheWritersStoreIsNamedByVerificationAgainstTheAnchors(CaseAndReporting.Running system) {
        String cases = system.cases().baseUrl();
        String caseId = TestHttp.post(cases + "/api/cases", "registrator", """
                {"subject": "Ankrad kedja", "caseType": "OTHER", "channel": "EMAIL",
                 "submitter": {"name": "Eva Ek"}, "receivedOn": "2026-11-20"}
                """).json().get("id").asText();
        assertThat(TestHttp.post(cases + "/api/cases/" + caseId + "/registration", "registrator",
                "{\"classification\": \"Fråga från verksamhet\"}").status()).isEqualTo(200);
        assertThat(TestHttp.post(cases + "/api/cases/" + caseId + "/preparation", "handlaggare",
                "{\"caseOfficer\": \"handlaggare\"}").status()).isEqualTo(200);
        JsonNode head = Await.value("reporting-service's anchor of the case at PreparationStarted",
                () -> anchors(system).path("heads").path(caseId), h -> h.path("sequence").asLong(-1) == 2);
        String prepared = head.get("eventId").asText();

        JsonNode intact = verify(system, anchors(system));
        assertThat(intact.get("breaks")).as(intact.toString()).isEmpty();
        assertThat(intact.get("valid").asBoolean()).isTrue();
        assertThat(intact.get("anchorsChecked").asLong()).isPositive();

        // As the service's own database user could: the event leaves its commit, nothing else changes.
        MongoCollection<Document> events = system.cases().bean(MongoDatabase.class).getCollection("events");
        assertThat(events.updateOne(Filters.eq("events.id", prepared),
                new Document("$pull", new Document("events", new Document("id", prepared)))).getModifiedCount())
                .isEqualTo(1);

        JsonNode chainAlone = TestHttp.get(cases + "/api/admin/event-store/verify", "admin").json();
        assertThat(chainAlone.get("valid").asBoolean()).as("the chain alone cannot tell").isTrue();
        JsonNode truncated = verify(system, anchors(system));
        assertThat(truncated.get("valid").asBoolean()).isFalse();
        JsonNode first = truncated.get("firstBreak");
        assertThat(first.get("kind").asText()).isEqualTo("TRUNCATED");
        assertThat(first.get("aggregateId").asText()).isEqualTo(caseId);
        assertThat(first.get("sequence").asLong()).isEqualTo(2);
        assertThat(first.get("eventId").asText()).isEqualTo(prepared);
        assertThat(first.get("detail").asText()).contains("chain ends at 1");
        assertThat(truncated.get("breaks")).hasSize(1);
    }

    private static JsonNode anchors(CaseAndReporting.Running system) {
        TestHttp.Response answer = TestHttp.get(system.reporting().baseUrl() + "/api/audit/anchors?service=case-service",
                "revisor");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    /** The operator's step: reporting-service's anchors, unchanged, to the writing service's verification. */
    private static JsonNode verify(CaseAndReporting.Running system, JsonNode anchors) {
        TestHttp.Response answer = TestHttp.post(system.cases().baseUrl() + "/api/admin/event-store/verify", "admin",
                anchors.toString());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }
}
