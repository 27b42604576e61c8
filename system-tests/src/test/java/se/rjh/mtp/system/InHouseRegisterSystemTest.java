package se.rjh.mtp.system;

import static org.assertj.core.api.Assertions.assertThat;
import static se.rjh.mtp.system.SystemUnderTest.Service.CASES;
import static se.rjh.mtp.system.SystemUnderTest.Service.GROUPS;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.rjh.mtp.testsupport.Await;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * The register of in-house devices (issue 18) across case-service and group-service: a decided in-house
 * manufacturing case proposes an entry; filled in, it is first refused release with the list of what is missing,
 * then released and taken into use, and appears on the public declaration; an incident case that names it by its
 * register id makes its review due at once; the review concludes withdraw, the chair withdraws it, and it leaves the
 * declaration while its own history and the declaration's history stay.
 */
class InHouseRegisterSystemTest {

    private static final String DEVICE = """
            {"name": "Handortos RJH", "manufacturer": "Region Jämtland Härjedalen", "model": "HO-2",
             "deviceClass": "MDR_I", "marking": "IN_HOUSE"}""";

    @RegisterExtension
    static final SystemUnderTest system = SystemUnderTest.of(CASES, GROUPS);

    @Test
    void aDecidedCaseProposesADeviceThatIsReleasedDeclaredReviewedEarlyAndWithdrawn() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        String caseNumber = decidedInHouseCase();

        JsonNode listed = Await.value("the decided case proposes a register entry", Duration.ofSeconds(60),
                () -> TestHttp.get(devices("?q=handortos"), "revisor").json().path("items"),
                items -> items.size() == 1 && caseNumber.equals(items.get(0).path("linkedCaseNumber").asText()));
        String id = listed.get(0).path("id").asText();
        String device = devices("/" + id);
        JsonNode proposed = TestHttp.get(device, "lag").json();
        assertThat(proposed.path("status").asText()).isEqualTo("PROPOSED");
        assertThat(proposed.path("description").path("kind").asText()).isEqualTo("MD");

        ok(TestHttp.post(device + "/development", "handlaggare"));
        TestHttp.Response refused = TestHttp.post(device + "/release", "ordforande");
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().path("missing").toString())
                .contains("description.riskClass", "marketSearch", "gspr.1: unanswered", "ivoInformation")
                .doesNotContain("linkedCase");

        fillIn(device, today);
        ok(TestHttp.post(device + "/release", "ordforande"));
        ok(TestHttp.post(device + "/in-use", "handlaggare"));
        JsonNode declared = Await.value("the device is on the public declaration", Duration.ofSeconds(60),
                () -> TestHttp.get(declaration(""), null).json(), d -> entry(d, id) != null);
        JsonNode entry = entry(declared, id);
        assertThat(entry.path("riskClass").asText()).isEqualTo("MDR_I");
        assertThat(entry.path("gsprFullyMet").asBoolean()).isFalse();
        assertThat(entry.path("notFullyMet").get(0).path("requirement").asText()).isEqualTo("10");
        assertThat(declared.path("institutionName").asText()).isEqualTo("Region Jämtland Härjedalen");

        incidentNaming(id);
        JsonNode early = Await.value("the incident makes the review due early", Duration.ofSeconds(60),
                () -> TestHttp.get(device, "revisor").json(), d -> d.path("incidents").size() == 1);
        assertThat(early.path("nextReviewDue").asText()).isEqualTo(today.toString());
        assertThat(early.path("incidents").get(0).path("caseNumber").asText()).startsWith("MTP/");

        TestHttp.Response review = TestHttp.post(device + "/reviews", "handlaggare", """
                {"findings": {"clinicalExperience": "Tryckskada hos en patient", "incidents": "En avvikelse",
                  "complaints": "Inga", "equivalentDeviceAvailable": true,
                  "marketSearchNote": "En CE-märkt ortos finns nu", "conclusion": "WITHDRAW"},
                 "correctiveActions": [{"description": "Byt till CE-märkt ortos", "owner": "Ortopedtekniker",
                  "dueDate": "%s"}]}""".formatted(today.plusDays(30)));
        assertThat(review.status()).as(review.body()).isEqualTo(201);
        String reviewId = review.json().path("id").asText();
        assertThat(TestHttp.get(device, "revisor").json().path("withdrawalProposedByReview").asText())
                .isEqualTo(reviewId);
        ok(TestHttp.post(device + "/withdrawal", "ordforande",
                "{\"reason\": \"Likvärdig CE-märkt ortos finns\", \"transitionPlan\": \"Byte vid nästa besök\"}"));

        Await.value("the device leaves the declaration", Duration.ofSeconds(60),
                () -> TestHttp.get(declaration(""), null).json(), d -> entry(d, id) == null);
        JsonNode versions = TestHttp.get(declaration("/history"), null).json().path("versions");
        List<JsonNode> withDevice = new ArrayList<>();
        versions.forEach(v -> {
            if (v.path("deviceIds").toString().contains("\"" + id + "\"")) {
                withDevice.add(v);
            }
        });
        assertThat(withDevice).hasSize(1);
        assertThat(withDevice.get(0).path("validTo").isNull()).isFalse();
        JsonNode withdrawn = TestHttp.get(device, "revisor").json();
        assertThat(withdrawn.path("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.path("withdrawal").path("reviewId").asText()).isEqualTo(reviewId);
        assertThat(withdrawn.path("gspr").size()).isEqualTo(23);
        assertThat(TestHttp.get(device + "/history", "revisor").json().findValuesAsText("type"))
                .contains("InHouseDeviceProposed", "InHouseDeviceCaseLinked", "InHouseDeviceReleased",
                        "InHouseDeviceTakenIntoUse", "IncidentLinkedToInHouseDevice", "InHouseDeviceReviewed",
                        "InHouseDeviceWithdrawn");
    }

    /** An in-house manufacturing case through intake, registration with its device, the conditions and a decision. */
    private static String decidedInHouseCase() {
        String path = newCase("IN_HOUSE_MANUFACTURING", "Egentillverkad handortos");
        TestHttp.Response registered = TestHttp.post(path + "/registration", "registrator",
                "{\"classification\": \"Egentillverkning\", \"device\": " + DEVICE + "}");
        ok(registered);
        ok(TestHttp.post(path + "/preparation", "handlaggare", "{\"caseOfficer\": \"handlaggare\"}"));
        StringBuilder conditions = new StringBuilder();
        for (char letter = 'A'; letter <= 'H'; letter++) {
            conditions.append(conditions.isEmpty() ? "" : ", ")
                    .append("{\"code\": \"").append(letter).append("\", \"confirmed\": true}");
        }
        ok(TestHttp.post(path + "/in-house-conditions", "handlaggare", "{\"conditions\": [" + conditions + "]}"));
        ok(TestHttp.post(path + "/proposal", "handlaggare",
                "{\"proposal\": \"Tillverkas\", \"rationale\": \"Villkoren uppfylls\", \"noConsultationReason\": \"Intern\"}"));
        ok(TestHttp.post(path + "/decision", "ordforande", "{\"decision\": \"Får tillverkas\", \"decidedBy\": \"LSG\"}"));
        return TestHttp.get(path, "revisor").json().path("caseNumber").asText();
    }

    /** Everything a release needs: the description, a market search, every GSPR and the information to IVO. */
    private static void fillIn(String device, LocalDate today) {
        ok(TestHttp.put(device + "/description", "handlaggare", """
                {"name": "Handortos RJH", "deviceVersion": "2", "kind": "MD", "riskClass": "MDR_I",
                 "intendedPurpose": "Avlastning av handleden efter fraktur", "targetGroup": "Vuxna",
                 "classificationRule": "Regel 1", "classificationRationale": "Icke-invasiv",
                 "manufacturingSite": "Ortopedtekniska verkstaden", "qmsReference": "LS-QMS-4",
                 "riskManagementFileRef": "RM-12", "documentationRef": "DOK-7", "unitsPerYear": 40}"""));
        ok(TestHttp.put(device + "/market-search", "handlaggare", """
                {"nonEquivalenceJustification": "Ingen CE-märkt ortos passar", "searchedOn": "%s",
                 "equivalentDeviceFound": false, "result": "Tre leverantörer tillfrågade"}""".formatted(today)));
        StringBuilder entries = new StringBuilder();
        for (int section = 1; section <= 23; section++) {
            entries.append(entries.isEmpty() ? "" : ", ").append(section == 10
                    ? "{\"requirement\": \"10\", \"answer\": \"NOT_MET\", \"justification\": \"Kort användning\"}"
                    : "{\"requirement\": \"" + section + "\", \"answer\": \"MET\"}");
        }
        ok(TestHttp.put(device + "/gspr", "handlaggare", "{\"entries\": [" + entries + "]}"));
        JsonNode content = TestHttp.get(devices("/rules"), "handlaggare").json().path("ivoRequiredContent");
        ok(TestHttp.put(device + "/ivo-information", "handlaggare", "{\"informedOn\": \"" + today
                + "\", \"reference\": \"IVO 3.1-1234\", \"contentIncluded\": " + content + "}"));
    }

    private static void incidentNaming(String deviceId) {
        String path = newCase("INCIDENT_FOLLOW_UP", "Tryckskada av handortos");
        ok(TestHttp.post(path + "/registration", "registrator",
                "{\"classification\": \"Avvikelse\", \"device\": " + DEVICE + "}"));
        ok(TestHttp.post(path + "/preparation", "handlaggare", "{\"caseOfficer\": \"handlaggare\"}"));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        ok(TestHttp.put(path + "/incident-details", "handlaggare", """
                {"eventDate": "%s", "device": %s, "reportedToIvoOn": "%s", "lexMariaAssessed": true,
                 "inHouseDeviceId": "%s"}""".formatted(today, DEVICE, today, deviceId)));
    }

    private static String newCase(String type, String subject) {
        TestHttp.Response created = TestHttp.post(system.cases().baseUrl() + "/api/cases", "registrator", """
                {"subject": "%s", "caseType": "%s", "channel": "EMAIL", "submitter": {"name": "Eva Ek"}}
                """.formatted(subject, type));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return system.cases().baseUrl() + "/api/cases/" + created.json().path("id").asText();
    }

    private static JsonNode entry(JsonNode declaration, String id) {
        for (JsonNode device : declaration.path("devices")) {
            if (id.equals(device.path("deviceId").asText())) {
                return device;
            }
        }
        return null;
    }

    private static String devices(String rest) {
        return system.groups().baseUrl() + "/api/devices" + rest;
    }

    private static String declaration(String rest) {
        return system.groups().baseUrl() + "/api/public/declaration" + rest;
    }

    private static void ok(TestHttp.Response response) {
        assertThat(response.status() / 100).as(response.body()).isEqualTo(2);
    }
}
