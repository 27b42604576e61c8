package se.rjh.mtp.system;

import static org.assertj.core.api.Assertions.assertThat;
import static se.rjh.mtp.system.SystemUnderTest.Service.CASES;
import static se.rjh.mtp.system.SystemUnderTest.Service.GROUPS;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.rjh.mtp.api.groups.QuestionCases;
import se.rjh.mtp.testsupport.Await;
import se.rjh.mtp.testsupport.KafkaTopics;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * The process across two services: a LAG's question (group-service) becomes exactly one case in case-service, even
 * when Kafka delivers the question twice, and the case's decision comes back onto the assignment.
 */
class LagQuestionToCaseTest {

    @RegisterExtension
    static final SystemUnderTest system = SystemUnderTest.of(CASES, GROUPS);

    @Test
    void questionBecomesOneCaseAndTheDecisionComesBack() {
        String assignmentId = TestHttp.post(system.groups().baseUrl() + "/api/assignments", "ordforande", """
                {"groupId": "lag-tillverkning-sakerhet", "title": "Kartlägg egentillverkning",
                 "description": "Vilka enheter tillverkar egna produkter?", "deliverables": ["Rapport"],
                 "dueDate": "2099-03-31"}
                """).json().get("id").asText();
        // The demo membership of 'lag' is seeded through commands at start; wait until it is in place.
        await("lag accepts the assignment", () -> TestHttp.post(system.groups().baseUrl() + "/api/assignments/" + assignmentId
                + "/accept", "lag", "").status() == 204);

        String questionId = raiseQuestion(assignmentId, "Gäller MDR art. 5.5 även 3D-skrivna skenor?");
        String caseId = QuestionCases.caseIdFor(questionId);
        await("the question's case is opened", () -> TestHttp.get(system.cases().baseUrl() + "/api/cases/" + caseId, "handlaggare").status() == 200);
        JsonNode opened = TestHttp.get(system.cases().baseUrl() + "/api/cases/" + caseId, "handlaggare").json();
        assertThat(opened.toString()).contains("LAG", questionId, assignmentId);

        // Deliver the same question again, then a second question on the same assignment (same key, same partition):
        // once the second one's case exists, the duplicate before it has been handled too.
        int redelivered = redeliverQuestionRecords();
        String secondQuestion = raiseQuestion(assignmentId, "Och sterilisering av skenorna?");
        String secondCase = QuestionCases.caseIdFor(secondQuestion);
        await("the second question's case is opened", () -> TestHttp.get(system.cases().baseUrl() + "/api/cases/" + secondCase, "handlaggare").status() == 200);

        JsonNode history = TestHttp.get(system.cases().baseUrl() + "/api/cases/" + caseId + "/history", "revisor").json();
        System.out.printf("Question records redelivered: %d; events of the question's case: %d%n", redelivered, history.size());
        assertThat(redelivered).isEqualTo(1);
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("type").asText()).isEqualTo("CaseReceived");

        QuestionCaseDecision.decide(system, caseId, "LSG svarar: ja, skenorna omfattas.");
        await("the decision shows on the assignment", () -> TestHttp.get(system.groups().baseUrl() + "/api/assignments/" + assignmentId,
                "lag").body().contains("LSG svarar: ja, skenorna omfattas."));
    }

    private static String raiseQuestion(String assignmentId, String subject) {
        TestHttp.Response raised = TestHttp.post(system.groups().baseUrl() + "/api/assignments/" + assignmentId + "/questions", "lag",
                "{\"subject\": \"" + subject + "\", \"text\": \"Vi behöver LSG:s tolkning.\"}");
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        return raised.json().get("questionId").asText();
    }

    /** Copies every QuestionRaised record on the group topic back onto it, headers and all: a redelivery. */
    private static int redeliverQuestionRecords() {
        KafkaTopics topics = new KafkaTopics(system.infra().kafkaBootstrapServers());
        List<ConsumerRecord<String, byte[]>> questions = topics.readAll("mtp.groups.events").stream()
                .filter(r -> String.valueOf(KafkaTopics.header(r, KafkaTopics.MESSAGE_TYPE)).endsWith("QuestionRaised"))
                .toList();
        topics.replay(questions);
        return questions.size();
    }

    private static void await(String what, BooleanSupplier condition) {
        Await.until(what, Duration.ofSeconds(30), condition);
    }
}
