package se.rjh.mtp.system;

import static org.assertj.core.api.Assertions.assertThat;

import se.rjh.mtp.testsupport.TestHttp;

/**
 * The case a LAG's question became, taken to a decision through case-service's API as the demo users: registered,
 * prepared, proposed without consultation (a question of interpretation) and decided by the LSG.
 */
public final class QuestionCaseDecision {

    private QuestionCaseDecision() {
    }

    public static void decide(SystemUnderTest system, String caseId, String decision) {
        String path = system.cases().baseUrl() + "/api/cases/" + caseId;
        assertThat(TestHttp.post(path + "/registration", "registrator", "{\"classification\": \"Fråga från LAG\"}").status()).isEqualTo(200);
        assertThat(TestHttp.post(path + "/preparation", "handlaggare", "{\"caseOfficer\": \"handlaggare\"}").status()).isEqualTo(200);
        assertThat(TestHttp.post(path + "/proposal", "handlaggare", """
                {"proposal": "Svara ja", "rationale": "Art. 5.5 gäller", "noConsultationReason": "Ren tolkningsfråga"}
                """).status()).isEqualTo(200);
        TestHttp.Response decided = TestHttp.post(path + "/decision", "ordforande",
                "{\"decision\": \"" + decision + "\", \"decidedBy\": \"LSG\"}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
    }
}
