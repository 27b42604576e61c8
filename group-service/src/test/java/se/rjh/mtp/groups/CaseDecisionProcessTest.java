package se.rjh.mtp.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static se.rjh.mtp.groups.GroupServiceHttpTest.LAG_SAFETY;
import static se.rjh.mtp.groups.GroupServiceHttpTest.awaitJson;
import static se.rjh.mtp.groups.GroupServiceHttpTest.events;
import static se.rjh.mtp.groups.GroupServiceHttpTest.issue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.messaging.Headers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.cases.CaseDecided;
import se.rjh.mtp.api.cases.CaseOrigin;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.CaseVoided;
import se.rjh.mtp.api.cases.DecisionBody;
import se.rjh.mtp.api.cases.FollowUp;
import se.rjh.mtp.api.cases.FollowUpKind;
import se.rjh.mtp.api.groups.AssignmentFollowUpReported;
import se.rjh.mtp.testsupport.KafkaTopics;

/**
 * The process across the services, with case-service simulated: a LAG question goes out, the case's decision
 * comes back on mtp.cases.events as case-service publishes it (same converter, keyed by case id), and shows on the
 * assignment; a LAG_ASSIGNMENT follow-up becomes one draft. Every decision is delivered twice, and an event type
 * that group-service has never heard of is put in front of it.
 */
class CaseDecisionProcessTest {

    /** Exists only here; its type name is rewritten below to one that exists nowhere on the classpath. */
    record CaseArchived(String caseId) {
    }

    static RunningGroupService running;

    @BeforeAll
    static void start() {
        running = RunningGroupService.get();
        GroupServiceHttpTest.start();
    }

    @Test
    void aQuestionsCaseDecisionComesBackOnceOnTheAssignment() throws Exception {
        String assignmentId = issue(LAG_SAFETY, "Utred sterilisering");
        String questionId = running.http.post("/api/assignments/" + assignmentId + "/questions", "lag",
                "{\"subject\": \"Får vi resteriliseras?\", \"text\": \"Engångsprodukter?\"}").json().path("questionId").asText();
        String caseId = UUID.randomUUID().toString();
        CaseDecided decided = new CaseDecided(caseId, "MTP/12/2026", CaseType.REPROCESSING, "Nej, inte utan CE-märkning",
                DecisionBody.LSG, LocalDate.of(2026, 4, 1), List.of(), new CaseOrigin(questionId, assignmentId, LAG_SAFETY));

        publishUnknownEventType(caseId);
        publish(decided);
        publish(decided);

        JsonNode assignment = awaitJson("/api/assignments/" + assignmentId, "lag", a -> a.path("decisions").size() == 1);
        JsonNode decision = assignment.path("decisions").get(0);
        assertThat(decision.path("questionId").asText()).isEqualTo(questionId);
        assertThat(decision.path("caseNumber").asText()).isEqualTo("MTP/12/2026");
        assertThat(decision.path("decision").asText()).isEqualTo("Nej, inte utan CE-märkning");
        // the second delivery is processed too (the processor reached it) yet adds nothing
        awaitProcessed(caseId);
        assertThat(events(assignmentId)).isEqualTo(3); // issued, question, decision recorded
    }

    @Test
    void aLagAssignmentFollowUpIsDraftedOnceAndTheChairIssuesIt() throws Exception {
        String caseId = UUID.randomUUID().toString();
        FollowUp followUp = new FollowUp("f1", FollowUpKind.LAG_ASSIGNMENT, "Ta fram rutin för märkning\nmed mall",
                null, LAG_SAFETY, null, LocalDate.of(2099, 6, 30));
        CaseDecided decided = new CaseDecided(caseId, "MTP/13/2026", CaseType.IN_HOUSE_MANUFACTURING, "Uppdrag till LAG",
                DecisionBody.LSG, LocalDate.of(2026, 4, 2), List.of(followUp), null);
        publish(decided);
        publish(decided);

        String draftId = "draft-" + UUID.nameUUIDFromBytes((caseId + "/f1").getBytes(StandardCharsets.UTF_8));
        JsonNode draft = awaitJson("/api/assignments/" + draftId, "ordforande", a -> "DRAFTED".equals(a.path("status").asText()));
        assertThat(draft.path("title").asText()).isEqualTo("Ta fram rutin för märkning");
        assertThat(draft.path("caseId").asText()).isEqualTo(caseId);
        awaitProcessed(caseId);
        assertThat(events(draftId)).isEqualTo(1);

        assertThat(running.http.post("/api/assignments/" + draftId + "/issue", "lag", "").status()).isEqualTo(403);
        assertThat(running.http.post("/api/assignments/" + draftId + "/issue", "ordforande", "").status()).isEqualTo(204);
        JsonNode issued = awaitJson("/api/assignments/" + draftId, "lag", a -> "ISSUED".equals(a.path("status").asText()));
        assertThat(issued.path("dueDate").asText()).isEqualTo("2099-06-30");
    }

    @Test
    void aVoidedQuestionsCaseAnswersTheAssignmentWithTheReason() throws Exception {
        String assignmentId = issue(LAG_SAFETY, "Utred märkning");
        String questionId = running.http.post("/api/assignments/" + assignmentId + "/questions", "lag",
                "{\"subject\": \"Gäller kravet alla?\", \"text\": \"Även egentillverkning?\"}").json()
                .path("questionId").asText();
        String caseId = UUID.randomUUID().toString();
        CaseVoided voided = new CaseVoided(caseId, null, CaseType.UNIT_QUESTION, "RECEIVED",
                "Dubblett av en tidigare fråga", new CaseOrigin(questionId, assignmentId, LAG_SAFETY));
        running.kafka.send(record(voided, caseId));
        running.kafka.send(record(voided, caseId));

        JsonNode answer = awaitJson("/api/assignments/" + assignmentId, "lag", a -> a.path("decisions").size() == 1)
                .path("decisions").get(0);
        assertThat(answer.path("questionId").asText()).isEqualTo(questionId);
        assertThat(answer.path("decision").asText()).isEqualTo("Ärendet makulerades: Dubblett av en tidigare fråga");
        awaitProcessed(caseId);
        assertThat(events(assignmentId)).isEqualTo(3); // issued, question, answer recorded once
    }

    @Test
    void aFollowUpNamingNoActiveLagIsReportedNotPossibleOnItsTopic() throws Exception {
        String caseId = UUID.randomUUID().toString();
        FollowUp followUp = new FollowUp("f1", FollowUpKind.LAG_ASSIGNMENT, "Utred", null, "lag-finns-inte", null,
                null);
        CaseDecided decided = new CaseDecided(caseId, "MTP/14/2026", CaseType.OTHER, "Uppdrag", DecisionBody.LSG,
                LocalDate.of(2026, 4, 2), List.of(followUp), null);
        publish(decided);
        publish(decided);
        awaitProcessed(caseId);

        String draftId = "draft-" + UUID.nameUUIDFromBytes((caseId + "/f1").getBytes(StandardCharsets.UTF_8));
        assertThat(events(draftId)).isEqualTo(1);
        String reported = new String(running.kafka.await("mtp.groups.events", r -> draftId.equals(r.key())
                && AssignmentFollowUpReported.class.getName().equals(KafkaTopics.header(r, KafkaTopics.MESSAGE_TYPE)),
                java.time.Duration.ofSeconds(30)).get(0).value(), StandardCharsets.UTF_8);
        assertThat(reported).contains(caseId, "NOT_POSSIBLE", "lag-finns-inte");
        assertThat(running.http.get("/api/assignments/" + draftId, "ordforande").status()).isEqualTo(404);
    }

    @Test
    void aMarkedCasesEncryptedTextIsKeptMaskedAndTheDraftGetsAPlainTitle() throws Exception {
        String caseId = UUID.randomUUID().toString();
        String sealed = "enc:v1:AAECAwQFBgcICQoLDA0ODw==";
        FollowUp followUp = new FollowUp("f1", FollowUpKind.LAG_ASSIGNMENT, sealed, null, LAG_SAFETY, null, null);
        publish(new CaseDecided(caseId, "MTP/14/2026", CaseType.OTHER, sealed, DecisionBody.LSG,
                LocalDate.of(2026, 4, 2), List.of(followUp), null));

        String draftId = "draft-" + UUID.nameUUIDFromBytes((caseId + "/f1").getBytes(StandardCharsets.UTF_8));
        JsonNode draft = awaitJson("/api/assignments/" + draftId, "ordforande", a -> "DRAFTED".equals(a.path("status").asText()));
        assertThat(draft.path("title").asText()).isEqualTo("Uppdrag enligt beslut i ärende MTP/14/2026");
        assertThat(draft.path("description").asText()).isEqualTo("[Skyddat]");
        assertThat(draft.toString()).doesNotContain("enc:v1:");
    }

    /** A case event as case-service publishes it on mtp.cases.events, keyed by {@code caseId} (its partition). */
    @SuppressWarnings("unchecked")
    static ProducerRecord<String, byte[]> record(Object payload, String caseId) {
        KafkaMessageConverter<String, byte[]> converter =
                RunningGroupService.get().context.getBean(KafkaMessageConverter.class);
        return converter.createKafkaMessage(new GenericDomainEventMessage<>("Case", caseId, 0, payload), "mtp.cases.events");
    }

    private static void publish(CaseDecided decided) throws Exception {
        publish(decided, decided.caseId());
    }

    private static void publish(CaseDecided decided, String key) throws Exception {
        running.kafka.send(record(decided, key));
    }

    /** An event from a later case-service version: the processor must pass it by and go on. */
    private static void publishUnknownEventType(String caseId) throws Exception {
        ProducerRecord<String, byte[]> record = record(new CaseArchived(caseId), caseId);
        record.headers().remove(Headers.MESSAGE_TYPE);
        record.headers().add(Headers.MESSAGE_TYPE,
                "se.rjh.mtp.api.cases.CaseArchivedInALaterVersion".getBytes(StandardCharsets.UTF_8));
        running.kafka.send(record);
    }

    /**
     * Proves the consumer got past the duplicate: a decision published after it under the same key (same
     * partition, so strictly later) must have been applied.
     */
    private static void awaitProcessed(String caseId) throws Exception {
        String markerCaseId = caseId + "-marker";
        FollowUp marker = new FollowUp("m", FollowUpKind.LAG_ASSIGNMENT, "Markör", null, LAG_SAFETY, null, null);
        publish(new CaseDecided(markerCaseId, "MTP/0/2026", CaseType.OTHER, "Markör", DecisionBody.LSG,
                LocalDate.of(2026, 4, 3), List.of(marker), null), caseId);
        String markerDraft = "draft-" + UUID.nameUUIDFromBytes((markerCaseId + "/m").getBytes(StandardCharsets.UTF_8));
        awaitJson("/api/assignments/" + markerDraft, "revisor", a -> "DRAFTED".equals(a.path("status").asText()));
    }
}
