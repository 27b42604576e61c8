package se.rjh.mtp.system.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.rjh.mtp.system.security.AllServices;
import se.rjh.mtp.testsupport.OpenApiDocuments;
import se.rjh.mtp.testsupport.StartedService;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * Each service's {@code /v3/api-docs} describes every 2xx response body with a schema a client can generate code
 * from, as {@link OpenApiDocuments#typed} judges it. The documents are also written to
 * {@code target/openapi/<service>.json}, where {@code ./test.sh} lints them with Redocly's recommended rules.
 * <p>
 * Tagged {@value #TAG}: {@code -Dmtp.openapi.checks=off} leaves it out (see system-tests/pom.xml); it runs by default.
 */
@Tag(OpenApiContractTest.TAG)
@ExtendWith(AllServices.class)
class OpenApiContractTest {

    static final String TAG = "openapi-contract";
    private static final Path OUTPUT = Path.of("target", "openapi");

    @BeforeAll
    static void writeDocuments() throws IOException {
        Files.createDirectories(OUTPUT);
        for (StartedService service : AllServices.services().values()) {
            TestHttp.Response docs = TestHttp.get(service.url("/v3/api-docs"), "revisor");
            assertThat(docs.status()).as(service.name() + " /v3/api-docs: " + docs).isEqualTo(200);
            Files.writeString(OUTPUT.resolve(service.name() + ".json"),
                    TestHttp.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(docs.json()));
        }
    }

    @Test
    void everySuccessfulResponseBodyOfEveryServiceHasATypedSchema() throws IOException {
        List<String> untyped = new ArrayList<>();
        int operations = 0;
        for (String service : AllServices.services().keySet()) {
            JsonNode document = TestHttp.JSON.readTree(OUTPUT.resolve(service + ".json").toFile());
            assertThat(document.path("paths").size()).as(service + " documents its paths").isPositive();
            operations += OpenApiDocuments.operations(document).size();
            OpenApiDocuments.untypedBodies(document).forEach(line -> untyped.add(service + " " + line));
        }
        System.out.printf("OpenAPI contract: %d operations in %d services, %d untyped 2xx response bodies%n",
                operations, AllServices.services().size(), untyped.size());
        assertThat(operations).isPositive();
        assertThat(untyped).as("2xx response bodies without a typed schema").isEmpty();
    }

    /**
     * Response records are documented once, in their Javadoc ({@code @param} per component), which springdoc reads
     * at run time: a record's description and its components' descriptions reach the document.
     */
    @Test
    void responseRecordsAreDescribedFromTheirJavadoc() throws IOException {
        JsonNode caseView = TestHttp.JSON.readTree(OUTPUT.resolve("case-service.json").toFile())
                .path("components").path("schemas").path("CaseView");
        assertThat(caseView.path("description").asText()).startsWith("A case as it stands now");
        assertThat(caseView.path("properties").path("caseNumber").path("description").asText())
                .isEqualTo("The diarienummer; null before registration.");
        JsonNode service = TestHttp.JSON.readTree(OUTPUT.resolve("reporting-service.json").toFile())
                .path("components").path("schemas").path("ChainAnchors").path("properties").path("service");
        assertThat(service.path("description").asText()).isEqualTo("The writing service, e.g. case-service");
        assertThat(service.path("example").asText()).as("other @Schema attributes stay").isEqualTo("case-service");
    }

    /** The shared judgement of a document, so that it can be seen to fail: typed, untyped and referenced schemas. */
    @Test
    void theSchemaCheckTellsTypedFromUntyped() throws IOException {
        JsonNode document = TestHttp.JSON.readTree("""
                {"components": {"schemas": {
                   "CaseView": {"type": "object", "properties": {"id": {"type": "string"}}},
                   "JsonNode": {"type": "object"},
                   "Document": {"type": "object", "additionalProperties": {"type": "object"}}}}}
                """);
        Map<String, Boolean> typedByJudgement = Map.of(
                "{\"$ref\": \"#/components/schemas/CaseView\"}", true,
                "{\"type\": \"array\", \"items\": {\"$ref\": \"#/components/schemas/CaseView\"}}", true,
                "{\"type\": \"object\", \"additionalProperties\": {\"type\": \"integer\"}}", true,
                "{\"type\": \"string\"}", true,
                "{\"$ref\": \"#/components/schemas/JsonNode\"}", false,
                "{\"$ref\": \"#/components/schemas/Document\"}", false,
                "{\"type\": \"object\"}", false,
                "{\"type\": \"array\", \"items\": {}}", false,
                "{}", false);
        for (Map.Entry<String, Boolean> judged : typedByJudgement.entrySet()) {
            assertThat(OpenApiDocuments.typed(document, schema(judged.getKey()))).as(judged.getKey())
                    .isEqualTo(judged.getValue());
        }
        assertThat(OpenApiDocuments.untypedBodies(document, "GET /x", schema("{\"200\": {\"description\": \"OK\", \"content\": "
                + "{\"application/json\": {}}}}"))).hasSize(1);
        assertThat(OpenApiDocuments.untypedBodies(document, "POST /x", schema("{\"204\": {\"description\": \"No Content\"}}"))).isEmpty();
        JsonNode bare = schema("{\"paths\": {\"/x\": {\"get\": {\"responses\": {\"200\": {\"description\": \"OK\"}}}}}}");
        assertThat(OpenApiDocuments.problems(bare)).containsExactly("GET /x: no summary", "GET /x 200: no body");
        assertThat(OpenApiDocuments.problems(bare, "/x")).isEmpty();
    }

    private static JsonNode schema(String json) throws IOException {
        return TestHttp.JSON.readTree(json);
    }
}
