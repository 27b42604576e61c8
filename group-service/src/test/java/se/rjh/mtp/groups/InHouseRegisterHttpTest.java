package se.rjh.mtp.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.testsupport.TestHttp;

/** The register over HTTP on the real embedded infrastructure: roles, refusals as problems, the public declaration. */
class InHouseRegisterHttpTest {

    static TestHttp.Api http;

    @BeforeAll
    static void start() {
        http = RunningGroupService.get().http;
    }

    private static String propose(String name) {
        TestHttp.Response created = http.post("/api/devices", "handlaggare",
                "{\"name\": " + TestHttp.quote(name) + ", \"kind\": \"MD\", \"intendedPurpose\": \"Avlastning\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asText();
        assertThat(id).matches("EGT-[1-9][0-9]*");
        assertThat(created.header("Location")).endsWith("/api/devices/" + id);
        return id;
    }

    @Test
    void aReleaseIsRefusedWithTheWholeListOfWhatIsMissingAndNothingChanges() {
        String id = propose("Handortos");
        assertThat(http.post("/api/devices/" + id + "/development", "handlaggare").status()).isEqualTo(204);
        TestHttp.Response refused = http.post("/api/devices/" + id + "/release", "ordforande");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().path("missing").toString()).contains("linkedCase", "gspr.23: unanswered",
                "ivoInformation: date");
        JsonNode check = http.get("/api/devices/" + id + "/release-check", "revisor").json();
        assertThat(check.path("ready").asBoolean()).isFalse();
        assertThat(check.path("missing")).isEqualTo(refused.json().path("missing"));
        assertThat(http.get("/api/devices/" + id, "lag").json().path("status").asText()).isEqualTo("UNDER_DEVELOPMENT");
    }

    @Test
    void rolesDecideWhoMaintainsReleasesAndReads() {
        String id = propose("Fotortos");
        assertThat(http.post("/api/devices", "lag", "{\"name\": \"X\", \"kind\": \"MD\"}").status()).isEqualTo(403);
        assertThat(http.post("/api/devices/" + id + "/release", "handlaggare").status()).isEqualTo(403);
        assertThat(http.post("/api/devices/" + id + "/withdrawal", "handlaggare",
                "{\"reason\": \"r\", \"transitionPlan\": \"p\"}").status()).isEqualTo(403);
        assertThat(http.get("/api/devices/" + id, null).status()).isEqualTo(401);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                http.get("/api/devices?q=fotortos", "registrator").json().path("items").findValuesAsText("id"))
                .contains(id));
    }

    @Test
    void badInputNamesTheFieldAndAnUnknownDeviceIsNotFound() {
        String id = propose("Skena");
        TestHttp.Response wrongClass = http.put("/api/devices/" + id + "/description", "handlaggare",
                "{\"name\": \"Skena\", \"kind\": \"MD\", \"riskClass\": \"IVDR_B\"}");
        assertThat(wrongClass.status()).isEqualTo(400);
        assertThat(wrongClass.json().path("field").asText()).isEqualTo("riskClass");
        TestHttp.Response interval = http.put("/api/devices/" + id + "/review-interval", "ordforande",
                "{\"reviewInterval\": \"ett år\"}");
        assertThat(interval.status()).isEqualTo(400);
        assertThat(interval.json().path("field").asText()).isEqualTo("reviewInterval");
        TestHttp.Response unknownCase = http.put("/api/devices/" + id + "/case", "handlaggare",
                "{\"caseId\": \"no-such-case\"}");
        assertThat(unknownCase.status()).isEqualTo(400);
        assertThat(unknownCase.json().path("field").asText()).isEqualTo("caseId");
        assertThat(http.get("/api/devices/EGT-999999", "revisor").status()).isEqualTo(404);
        assertThat(http.get("/api/devices/" + id + "/history", "revisor").json().get(0).path("type").asText())
                .isEqualTo("InHouseDeviceProposed");
    }

    /** Left out, "is there an equivalent CE-marked device?" would read as "no" and let the device be released. */
    @Test
    void anUnansweredEquivalentDeviceQuestionIsRefusedAtItsFieldAndNothingChanges() {
        String id = propose("Knäortos");
        int events = http.get("/api/devices/" + id + "/history", "revisor").json().size();

        TestHttp.Response search = http.put("/api/devices/" + id + "/market-search", "handlaggare", """
                {"nonEquivalenceJustification": "Ingen passar", "searchedOn": "2026-01-05",
                 "result": "Två leverantörer tillfrågade"}""");
        assertThat(search.status()).as(search.body()).isEqualTo(400);
        assertThat(search.isProblem()).isTrue();
        assertThat(search.json().path("field").asText()).isEqualTo("equivalentDeviceFound");

        TestHttp.Response review = http.post("/api/devices/" + id + "/reviews", "handlaggare", """
                {"findings": {"clinicalExperience": "Inga problem", "marketSearchNote": "Sökt",
                  "conclusion": "CONTINUE"}}""");
        assertThat(review.status()).as(review.body()).isEqualTo(400);
        assertThat(review.isProblem()).isTrue();
        assertThat(review.json().path("field").asText()).isEqualTo("findings.equivalentDeviceAvailable");

        assertThat(http.get("/api/devices/" + id + "/history", "revisor").json().size()).isEqualTo(events);
        assertThat(http.get("/api/devices/" + id, "revisor").json().hasNonNull("marketSearch")).isFalse();
    }

    @Test
    void thePublicDeclarationNeedsNoSignIn() {
        TestHttp.Response declaration = http.get("/api/public/declaration", null);
        assertThat(declaration.status()).isEqualTo(200);
        assertThat(declaration.json().path("institutionName").asText()).isEqualTo("Region Jämtland Härjedalen");
        assertThat(http.get("/api/public/declaration/history", null).status()).isEqualTo(200);
        assertThat(http.get("/api/public/declaration?on=2020-01-01", null).json().path("version").asInt())
                .isZero();
        assertThat(http.get("/api/public/declaration?on=igår", null).status()).isEqualTo(400);
    }
}
