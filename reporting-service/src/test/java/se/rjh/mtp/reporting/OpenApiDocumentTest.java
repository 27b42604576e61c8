package se.rjh.mtp.reporting;

import se.rjh.mtp.testsupport.TestHttp;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
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
        List<String> operations = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                operations.add(name);
                if (operation.getValue().path("summary").asText().isBlank()) {
                    problems.add(name + ": no summary");
                }
                for (Map.Entry<String, JsonNode> response : operation.getValue().get("responses").properties()) {
                    if (!response.getKey().startsWith("2") || response.getKey().equals("204")) {
                        continue; // 204 No Content has no body to describe
                    }
                    JsonNode content = response.getValue().path("content");
                    if (content.isEmpty()) {
                        problems.add(name + " " + response.getKey() + ": no content");
                    }
                    for (Map.Entry<String, JsonNode> media : content.properties()) {
                        JsonNode schema = media.getValue().path("schema");
                        if (schema.isMissingNode() || isUntypedObject(schema)) {
                            problems.add(name + " " + response.getKey() + " " + media.getKey() + ": no schema");
                        }
                    }
                }
            }
        }
        assertThat(operations).contains("GET /api/reports/cases/{id}", "GET /api/reports/dashboard",
                "GET /api/diarium", "GET /api/audit/verify", "GET /api/audit/digests", "POST /api/audit/replay");
        assertThat(problems).isEmpty();
    }

    @Test
    void responseSchemasNameTheirFields() {
        JsonNode schemas = document.get("components").get("schemas");
        assertThat(schemas.get("CaseRow").get("properties").properties()).extracting(Map.Entry::getKey)
                .contains("id", "caseNumber", "step", "steps", "consultations", "secret");
        assertThat(schemas.get("DashboardReport").get("properties").properties()).extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder("pipeline", "workingGroups", "guidelines", "incidents");
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

    /** A bare {@code {"type": "object"}} without properties or a reference says nothing about the body. */
    private static boolean isUntypedObject(JsonNode schema) {
        return !schema.has("$ref") && "object".equals(schema.path("type").asText())
                && !schema.has("properties") && !schema.has("additionalProperties");
    }
}
