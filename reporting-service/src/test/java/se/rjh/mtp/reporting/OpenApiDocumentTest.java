package se.rjh.mtp.reporting;

import se.rjh.mtp.testsupport.OpenApiDocuments;
import se.rjh.mtp.testsupport.TestHttp;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The OpenAPI document describes every operation: a summary, and a schema for every 2xx body it answers with. */
@ExtendWith(TestSystemExtension.class)
class OpenApiDocumentTest {

    private static JsonNode document;

    @BeforeAll
    static void fetch(TestSystem system) {
        TestHttp.Response response = TestHttp.get(system.baseUrl() + "/v3/api-docs", "revisor");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        document = response.json();
    }

    @Test
    void everyOperationHasASummaryAndEverySuccessfulBodyASchema() {
        assertThat(OpenApiDocuments.operations(document)).contains("GET /api/reports/cases/{id}",
                "GET /api/reports/distributions",
                "GET /api/reports/dashboard", "GET /api/diarium", "GET /api/audit/verify", "GET /api/audit/digests",
                "POST /api/audit/replay", "GET /api/worklist", "GET /api/reports/in-house-devices",
                "GET /api/audit/devices/{id}", "GET /api/audit/verify/services");
        assertThat(OpenApiDocuments.problems(document)).isEmpty();
    }

    @Test
    void responseSchemasNameTheirFields() {
        JsonNode schemas = document.get("components").get("schemas");
        assertThat(schemas.get("CaseRow").get("properties").properties()).extracting(Map.Entry::getKey)
                .contains("id", "caseNumber", "step", "steps", "consultations", "secret");
        assertThat(schemas.get("DashboardReport").get("properties").properties()).extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder("pipeline", "workingGroups", "guidelines", "incidents", "inHouseDevices");
        assertThat(schemas.get("InHouseDevicesReport").get("properties").properties()).extracting(Map.Entry::getKey)
                .containsExactly("total", "perStatus", "reviewsDueWithin", "reviewsOverdue", "marketSearchesOverdue",
                        "incidentsPerDevice", "devices");
        assertThat(schemas.get("InHouseDeviceRow").get("properties").get("nextReviewDue").get("description").asText())
                .isNotBlank();
        assertThat(schemas.get("WorklistItem").get("properties").properties()).extracting(Map.Entry::getKey)
                .contains("kind", "caseId", "assignmentId", "guidelineId", "number", "title", "dueDate",
                        "daysWaiting", "daysOverdue", "overdue", "deviceId");
        assertThat(schemas.get("AuditTrailEntry").get("properties").get("data").get("type").asText())
                .isEqualTo("object");
        assertThat(schemas.get("ChainVerificationReport").get("description").asText()).isNotBlank();
        // reporting's report of its copy and the platform's of an event store share a simple name: both must show.
        assertThat(schemas.get("ChainVerificationReport").get("properties").has("unverifiable")).isTrue();
        assertThat(schemas.get("EventStoreVerificationReport").get("properties").has("anchorsChecked")).isTrue();
        JsonNode trail = document.get("paths").get("/api/audit/cases/{id}").get("get").get("responses").get("200")
                .get("content");
        assertThat(trail.get("application/json").get("schema").get("oneOf").toString())
                .contains("#/components/schemas/AuditTrail", "#/components/schemas/CaseAtInstant");
        assertThat(trail.get("text/csv").get("schema").get("type").asText()).isEqualTo("string");
    }
}
