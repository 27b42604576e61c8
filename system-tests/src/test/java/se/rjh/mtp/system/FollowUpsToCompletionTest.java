package se.rjh.mtp.system;

import static org.assertj.core.api.Assertions.assertThat;
import static se.rjh.mtp.system.SystemUnderTest.Service.CASES;
import static se.rjh.mtp.system.SystemUnderTest.Service.GROUPS;
import static se.rjh.mtp.system.SystemUnderTest.Service.GUIDELINES;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.rjh.mtp.testsupport.Await;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * A decision's follow-ups carried out by the other services and tracked to completion on the case: a revision of a
 * published guideline (guideline-service) and an assignment to a LAG (group-service) both come back DONE from those
 * services' events, and the case then closes without the chair's override. A follow-up naming an unknown guideline
 * comes back NOT_POSSIBLE with the reason.
 */
class FollowUpsToCompletionTest {

    @RegisterExtension
    static final SystemUnderTest system = SystemUnderTest.of(CASES, GROUPS, GUIDELINES);

    @Test
    void bothFollowUpsComeBackDoneAndTheCaseCloses() {
        String guideline = publishedGuideline();
        String caseId = decidedCase("""
                [{"kind": "GUIDELINE_REVISION", "description": "Revidera rutinen", "guidelineNumber": "%s"},
                 {"kind": "LAG_ASSIGNMENT", "description": "Ta fram checklista", "workingGroupId":
                  "lag-tillverkning-sakerhet", "dueDate": "2099-06-30"}]
                """.formatted(guideline));
        String path = system.cases().baseUrl() + "/api/cases/" + caseId;
        assertThat(TestHttp.post(path + "/closure", "ordforande", "{}").status()).isEqualTo(409);

        // guideline-service opened version 2 from the decision: review, approval and publication report f1 DONE.
        String version2 = guidelines("/api/guidelines/" + guideline + "/versions/2");
        await("the revision draft is opened", () -> TestHttp.get(version2, "handlaggare").status() == 200);
        ok(TestHttp.post(version2 + "/submission", "handlaggare", "{\"reviewers\": [\"lag\"]}"));
        ok(TestHttp.post(version2 + "/verdicts", "lag", "{\"verdict\": \"APPROVE\"}"));
        ok(TestHttp.post(version2 + "/approval", "ordforande", ""));
        ok(TestHttp.post(version2 + "/publication", "ordforande", "{\"validFrom\": \"2026-12-01\"}"));
        JsonNode revision = awaitFollowUp(path, 0, "DONE");
        assertThat(revision.get("reason").asText()).contains("Version 2", guideline);

        // group-service drafted the assignment: issued, accepted, worked on, delivered and completed reports f2 DONE.
        String assignment = system.groups().baseUrl() + "/api/assignments/draft-"
                + UUID.nameUUIDFromBytes((caseId + "/f2").getBytes(StandardCharsets.UTF_8));
        await("the assignment is drafted", () -> TestHttp.get(assignment, "ordforande").status() == 200);
        ok(TestHttp.post(assignment + "/issue", "ordforande", ""));
        // The demo membership of 'lag' is seeded through commands at start; wait until it is in place.
        await("lag accepts", () -> TestHttp.post(assignment + "/accept", "lag", "").status() / 100 == 2);
        ok(TestHttp.post(assignment + "/progress-reports", "lag", "{\"status\": \"GREEN\", \"text\": \"Påbörjat\"}"));
        ok(TestHttp.post(assignment + "/delivery", "lag", "{\"finalReport\": \"Checklistan klar\"}"));
        ok(TestHttp.post(assignment + "/feedback", "ordforande", "{\"outcome\": \"COMPLETED\", \"feedback\": \"Bra\"}"));
        awaitFollowUp(path, 1, "DONE");

        TestHttp.Response closed = TestHttp.post(path + "/closure", "ordforande", "{}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().get("step").asText()).isEqualTo("CLOSED");
        JsonNode history = TestHttp.get(path + "/history", "revisor").json();
        assertThat(history.toString()).contains("FollowUpOutcomeRecorded", "system:case-service");
    }

    @Test
    void anUnknownGuidelineComesBackNotPossibleWithTheReason() {
        String caseId = decidedCase("""
                [{"kind": "GUIDELINE_REVISION", "description": "Revidera", "guidelineNumber": "RL-MTP-9999"}]
                """);
        JsonNode followUp = awaitFollowUp(system.cases().baseUrl() + "/api/cases/" + caseId, 0, "NOT_POSSIBLE");
        assertThat(followUp.get("reason").asText()).contains("RL-MTP-9999", "finns inte");
    }

    private static String publishedGuideline() {
        TestHttp.Response created = TestHttp.post(guidelines("/api/guidelines"), "handlaggare", """
                {"kind": "GUIDELINE", "title": "Rutin för infusionspumpar", "scope": "Hela regionen",
                 "ownerGroup": "LSG MTP", "processOwner": "Medicinteknik", "reviewIntervalMonths": 12,
                 "regulationReferences": [], "content": "# Syfte\\nText", "changeSummary": "Första utgåvan"}
                """);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String number = created.json().get("documentNumber").asText();
        String version1 = guidelines("/api/guidelines/" + number + "/versions/1");
        ok(TestHttp.post(version1 + "/submission", "handlaggare", "{\"reviewers\": [\"lag\"]}"));
        ok(TestHttp.post(version1 + "/verdicts", "lag", "{\"verdict\": \"APPROVE\"}"));
        ok(TestHttp.post(version1 + "/approval", "ordforande", ""));
        ok(TestHttp.post(version1 + "/publication", "ordforande", "{\"validFrom\": \"2026-11-01\"}"));
        return number;
    }

    /** A case taken from intake to a decision with these follow-ups (JSON); returns its id. */
    private static String decidedCase(String followUps) {
        TestHttp.Response created = TestHttp.post(system.cases().baseUrl() + "/api/cases", "registrator", """
                {"subject": "Infusionspump larmar inte", "description": "Beskrivning", "caseType": "OTHER",
                 "channel": "EMAIL", "submitter": {"name": "Eva Ek", "unit": "IVA"}}
                """);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        String path = system.cases().baseUrl() + "/api/cases/" + id;
        ok(TestHttp.post(path + "/registration", "registrator", "{\"classification\": \"Övrigt\"}"));
        ok(TestHttp.post(path + "/preparation", "handlaggare", "{\"caseOfficer\": \"handlaggare\"}"));
        ok(TestHttp.post(path + "/proposal", "handlaggare",
                "{\"proposal\": \"Revidera\", \"rationale\": \"Brister\", \"noConsultationReason\": \"Intern\"}"));
        ok(TestHttp.post(path + "/decision", "ordforande",
                "{\"decision\": \"Rutinen revideras\", \"decidedBy\": \"LSG\", \"followUps\": " + followUps + "}"));
        return id;
    }

    private static JsonNode awaitFollowUp(String casePath, int index, String state) {
        return Await.value("follow-up " + index + " " + state, Duration.ofSeconds(60),
                () -> TestHttp.get(casePath, "handlaggare").json().get("followUps").get(index),
                f -> f != null && state.equals(f.get("state").asText()));
    }

    private static String guidelines(String path) {
        return system.service(GUIDELINES).baseUrl() + path;
    }

    private static void ok(TestHttp.Response response) {
        assertThat(response.status() / 100).as(response.body()).isEqualTo(2);
    }

    private static void await(String what, BooleanSupplier condition) {
        Await.until(what, Duration.ofSeconds(60), condition);
    }
}
