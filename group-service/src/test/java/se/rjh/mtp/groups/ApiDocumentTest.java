package se.rjh.mtp.groups;

import se.rjh.mtp.testsupport.TestHttp;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the web portal is built against: every operation of this service summarised, every 2xx body
 * typed. The platform's shared admin operations ({@code /api/admin/**}) are the platform's to document.
 */
class ApiDocumentTest {

    static JsonNode document;

    @BeforeAll
    static void fetch() {
        TestHttp.Response response = RunningGroupService.get().http.get("/v3/api-docs", "revisor");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        document = response.json();
    }

    @Test
    void everyOperationHasASummaryAndEverySuccessBodyASchema() {
        List<String> operations = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (path.getKey().startsWith("/api/admin/")) {
                return;
            }
            String name = op.getKey().toUpperCase() + " " + path.getKey();
            operations.add(name);
            if (op.getValue().path("summary").asText().isBlank()) {
                problems.add(name + ": no summary");
            }
            op.getValue().path("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("2") && !response.getKey().equals("204")) {
                    JsonNode content = response.getValue().path("content");
                    if (content.isEmpty()) {
                        problems.add(name + " " + response.getKey() + ": no body schema");
                    }
                    content.fields().forEachRemaining(media -> {
                        JsonNode schema = media.getValue().path("schema");
                        if (!schema.has("$ref") && !schema.path("items").has("$ref")) {
                            problems.add(name + " " + response.getKey() + " " + media.getKey() + ": untyped " + schema);
                        }
                    });
                }
            });
        }));
        assertThat(operations).contains("GET /api/assignments", "POST /api/assignments/{assignmentId}/questions",
                "GET /api/groups/{groupId}", "DELETE /api/groups/{groupId}/members/{userName}");
        assertThat(problems).isEmpty();
    }

    @Test
    void theReadModelsAndCreatedAnswersAreNamedSchemas() {
        assertThat(schemaRef("/api/assignments", "get", "200").path("items").path("$ref").asText())
                .isEqualTo("#/components/schemas/Assignment");
        assertThat(schemaRef("/api/assignments/{id}", "get", "200").path("$ref").asText())
                .isEqualTo("#/components/schemas/Assignment");
        assertThat(schemaRef("/api/groups/{groupId}", "get", "200").path("$ref").asText())
                .isEqualTo("#/components/schemas/WorkingGroup");
        assertThat(schemaRef("/api/assignments", "post", "201").path("$ref").asText())
                .isEqualTo("#/components/schemas/CreatedId");
        assertThat(schemaRef("/api/assignments/{assignmentId}/questions", "post", "201").path("$ref").asText())
                .isEqualTo("#/components/schemas/RaisedQuestion");
        assertThat(document.path("paths").path("/api/assignments/{id}/accept").path("post").path("responses")
                .has("204")).isTrue();
        JsonNode assignment = document.path("components").path("schemas").path("Assignment");
        assertThat(assignment.path("description").asText()).isNotBlank();
        assertThat(assignment.path("properties").path("status").path("enum")).isNotEmpty();
        assertThat(document.path("components").path("schemas").path("IssueAssignmentRequest").path("properties")
                .path("title").path("maxLength").asInt()).isEqualTo(300);
    }

    private static JsonNode schemaRef(String path, String method, String status) {
        JsonNode content = document.path("paths").path(path).path(method).path("responses").path(status).path("content");
        assertThat(content.isEmpty()).as(path + " " + method + " " + status + " in " + Map.of("doc", document)).isFalse();
        return content.elements().next().path("schema");
    }
}
