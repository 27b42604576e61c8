package se.rjh.mtp.groups;

import se.rjh.mtp.testsupport.OpenApiDocuments;
import se.rjh.mtp.testsupport.TestHttp;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
        assertThat(OpenApiDocuments.operations(document)).contains("GET /api/assignments",
                "POST /api/assignments/{assignmentId}/questions", "GET /api/groups/{groupId}",
                "DELETE /api/groups/{groupId}/members/{userName}", "GET /api/units", "POST /api/units",
                "PUT /api/units/{id}", "POST /api/units/{id}/deactivation", "POST /api/distributions",
                "GET /api/distributions", "GET /api/distributions/{id}", "GET /api/acknowledgements/{token}",
                "POST /api/acknowledgements/{token}");
        assertThat(OpenApiDocuments.problems(document, "/api/admin/")).isEmpty();
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
        assertThat(schemaRef("/api/distributions/{id}", "get", "200").path("$ref").asText())
                .isEqualTo("#/components/schemas/Distribution");
        assertThat(schemaRef("/api/acknowledgements/{token}", "get", "200").path("$ref").asText())
                .isEqualTo("#/components/schemas/AcknowledgementRequest");
        assertThat(schemaRef("/api/units", "get", "200").path("items").path("$ref").asText())
                .isEqualTo("#/components/schemas/Unit");
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
