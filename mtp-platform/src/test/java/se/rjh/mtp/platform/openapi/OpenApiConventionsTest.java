package se.rjh.mtp.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenApiConventionsTest {

    private final OpenApiConventions conventions = new OpenApiConventions(
            new OpenApiProperties(null, "What it is for.", "0.1.0", "LSG MTP", null), "case-service",
            List.of("/api/cases/{id}"));

    @Test
    void everyOperationIsSecuredAndDocumentsTheProblemsItCanGive() {
        Operation list = new Operation().responses(new ApiResponses().addApiResponse("200", new ApiResponse()));
        Operation decide = new Operation().requestBody(new RequestBody())
                .addParametersItem(new PathParameter().name("id"))
                .responses(new ApiResponses().addApiResponse("200", new ApiResponse()));
        OpenAPI api = new OpenAPI().paths(new Paths()
                .addPathItem("/api/cases", new PathItem().get(list))
                .addPathItem("/api/cases/{id}/decision", new PathItem().post(decide)));

        conventions.customise(api);

        assertThat(api.getInfo().getTitle()).isEqualTo("case-service");
        assertThat(api.getComponents().getSecuritySchemes()).containsOnlyKeys("basicAuth", "bearerAuth");
        assertThat(api.getComponents().getSchemas()).containsKeys("Problem", "FieldError");
        assertThat(list.getSecurity()).hasSize(2);
        assertThat(list.getResponses()).containsOnlyKeys("200", "401", "403");
        assertThat(decide.getResponses()).containsOnlyKeys("200", "400", "401", "403", "404", "409", "422");
        assertThat(decide.getResponses().get("409").getContent()).containsOnlyKeys("application/problem+json");
        assertThat(decide.getResponses().get("422").getContent()).containsOnlyKeys("application/problem+json");
        assertThat(decide.getParameters()).filteredOn(p -> "header".equals(p.getIn()))
                .extracting(p -> p.getName() + " required=" + p.getRequired())
                .containsExactly("Idempotency-Key required=false", "If-Match required=false");
        assertThat(list.getParameters()).isNull();
    }

    @Test
    void aVersionedResourceDocumentsItsETagAndTheIfMatchOfItsCommandsOnly() {
        Operation details = new Operation().addParametersItem(new PathParameter().name("id"))
                .responses(new ApiResponses().addApiResponse("200", new ApiResponse()));
        Operation answer = new Operation().requestBody(new RequestBody())
                .responses(new ApiResponses().addApiResponse("200", new ApiResponse()));
        Operation intake = new Operation().requestBody(new RequestBody())
                .responses(new ApiResponses().addApiResponse("201", new ApiResponse()));
        Operation statistics = new Operation().responses(new ApiResponses().addApiResponse("200", new ApiResponse()));
        OpenAPI api = new OpenAPI().paths(new Paths()
                .addPathItem("/api/cases/{id}", new PathItem().get(details))
                .addPathItem("/api/cases/statistics", new PathItem().get(statistics))
                .addPathItem("/api/cases/{id}/consultations/{consultationId}/answer", new PathItem().post(answer))
                .addPathItem("/api/cases", new PathItem().post(intake)));

        conventions.customise(api);

        assertThat(details.getResponses().get("200").getHeaders()).containsOnlyKeys("ETag");
        assertThat(answer.getParameters()).extracting(p -> p.getName()).contains("If-Match");
        assertThat(answer.getResponses().get("409").getDescription()).contains("If-Match", "currentVersion");
        assertThat(intake.getParameters()).extracting(p -> p.getName()).doesNotContain("If-Match");
        assertThat(statistics.getResponses().get("200").getHeaders()).as("a literal path names no case").isNull();
        assertThat(api.getComponents().getSchemas().get("Problem").getProperties()).containsKey("currentVersion");
    }
}
