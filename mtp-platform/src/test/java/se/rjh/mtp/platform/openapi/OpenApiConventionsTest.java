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
import org.junit.jupiter.api.Test;

class OpenApiConventionsTest {

    private final OpenApiConventions conventions = new OpenApiConventions(
            new OpenApiProperties(null, "What it is for.", "0.1.0", "LSG MTP", null), "case-service");

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
                .singleElement().satisfies(header -> {
                    assertThat(header.getName()).isEqualTo("Idempotency-Key");
                    assertThat(header.getRequired()).isFalse();
                });
        assertThat(list.getParameters()).isNull();
    }
}
