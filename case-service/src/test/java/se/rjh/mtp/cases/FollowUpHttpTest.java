package se.rjh.mtp.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.testsupport.Await;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * Follow-ups over HTTP: who records an OTHER follow-up's outcome, the refusals, the case view's states, closing while
 * follow-ups are open, and the "my cases" list.
 */
class FollowUpHttpTest {

    private static final CaseServiceUnderTest service = CaseServiceUnderTest.get();
    private static final TestHttp.Api http = service.http;

    @Test
    void anOtherFollowUpIsRecordedByTheCaseOfficerAndClosingWaitsForTheRestOrTheChairsReason() {
        String path = "/api/cases/" + service.caseInPreparation("OTHER", "Uppföljning av beslut",
                "Övrigt", "handlaggare");
        http.post(path + "/proposal", "handlaggare",
                "{\"proposal\": \"Informera\", \"rationale\": \"Behövs\", \"noConsultationReason\": \"Intern fråga\"}");
        TestHttp.Response decided = http.post(path + "/decision", "ordforande", """
                {"decision": "Enheterna informeras", "decidedBy": "LSG",
                 "followUps": [{"kind": "OTHER", "description": "Informera enheterna"},
                               {"kind": "LAG_ASSIGNMENT", "description": "Utred", "workingGroupId": "lag-x"}]}
                """);
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        String outcome = path + "/follow-ups/f1/outcome";

        // Roles: the case officer and the chair only.
        for (String user : new String[] {"lag", "registrator", "revisor"}) {
            assertThat(http.post(outcome, user, "{\"outcome\": \"DONE\"}").status()).as(user).isEqualTo(403);
        }
        // Refusals change nothing: no reason for NOT_POSSIBLE, no outcome, another kind, an unknown follow-up.
        int before = http.get(path + "/history", "revisor").json().size();
        problem(http.post(outcome, "handlaggare", "{\"outcome\": \"NOT_POSSIBLE\"}"), 400, "reason");
        problem(http.post(outcome, "handlaggare", "{\"reason\": \"x\"}"), 400, "outcome");
        problem(http.post(path + "/follow-ups/f2/outcome", "handlaggare", "{\"outcome\": \"DONE\"}"), 409, null);
        problem(http.post(path + "/follow-ups/f9/outcome", "handlaggare", "{\"outcome\": \"DONE\"}"), 404, null);
        assertThat(http.get(path + "/history", "revisor").json().size()).isEqualTo(before);

        // Closing is refused, naming both open follow-ups; a non-chair may not give the override.
        TestHttp.Response refused = http.post(path + "/closure", "ordforande", "{}");
        problem(refused, 409, null);
        assertThat(refused.json().get("openFollowUps").toString()).contains("f1", "f2");
        assertThat(http.post(path + "/closure", "handlaggare", "{\"openFollowUpsReason\": \"Klart nog\"}").status())
                .isEqualTo(403);

        // The case officer records f1 DONE; the same again changes nothing.
        for (int i = 0; i < 2; i++) {
            TestHttp.Response done = http.post(outcome, "handlaggare", "{\"outcome\": \"DONE\", \"reason\": \"Mejlat\"}");
            assertThat(done.status()).as(done.body()).isEqualTo(200);
        }
        JsonNode followUps = http.get(path, "handlaggare").json().get("followUps");
        assertThat(followUps.get(0).get("state").asText()).isEqualTo("DONE");
        assertThat(followUps.get(0).get("reason").asText()).isEqualTo("Mejlat");
        assertThat(followUps.get(0).get("recordedOn").asText()).isEqualTo(LocalDate.now(service.clock).toString());
        assertThat(followUps.get(1).get("state").asText()).isEqualTo("OPEN");
        assertThat(followUps.get(1).get("followUp").get("workingGroupId").asText()).isEqualTo("lag-x");
        JsonNode last = lastEntry(path);
        assertThat(last.get("type").asText()).isEqualTo("FollowUpOutcomeRecorded");
        assertThat(last.get("actor").asText()).isEqualTo("handlaggare");
        assertThat(http.get(path + "/history", "revisor").json().size()).isEqualTo(before + 1);

        // f2 is still open: the chair closes with a reason, and it shows on the closing.
        problem(http.post(path + "/closure", "ordforande", "{}"), 409, null);
        TestHttp.Response closed = http.post(path + "/closure", "ordforande",
                "{\"openFollowUpsReason\": \"LAG-uppdraget följs i gruppens egen plan\"}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(http.get(path, "revisor").json().get("closure").get("openFollowUpsReason").asText())
                .isEqualTo("LAG-uppdraget följs i gruppens egen plan");
    }

    @Test
    void myCasesListsTheSignedInCaseOfficersCases() {
        String mine = service.caseInPreparation("OTHER", "Mitt ärende", "Övrigt", "handlaggare");
        String others = service.caseInPreparation("OTHER", "Annans ärende", "Övrigt", "anna");

        Await.until("both in the list", Duration.ofSeconds(20),
                () -> http.get("/api/cases?caseOfficer=anna&size=200", "handlaggare").body().contains(others)
                        && http.get("/api/cases?caseOfficer=me&size=200", "handlaggare").body().contains(mine));
        String me = http.get("/api/cases?caseOfficer=me&size=200", "handlaggare").body();
        assertThat(me).contains(mine).doesNotContain(others);
        assertThat(http.get("/api/cases?caseOfficer=handlaggare&size=200", "revisor").body())
                .contains(mine).doesNotContain(others);
        assertThat(http.get("/api/cases?caseOfficer=me&size=200", "revisor").body()).doesNotContain(mine);
    }

    private static void problem(TestHttp.Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        if (field != null) {
            assertThat(response.json().get("field").asText()).as(response.body()).isEqualTo(field);
        }
    }

    private static JsonNode lastEntry(String path) {
        JsonNode history = http.get(path + "/history", "revisor").json();
        return history.get(history.size() - 1);
    }
}
