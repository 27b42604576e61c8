package se.rjh.mtp.system.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.rjh.mtp.system.security.AllServices;
import se.rjh.mtp.testsupport.StartedService;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * Each service's {@code /v3/api-docs} describes every 2xx response body with a schema a client can generate code
 * from: a {@code $ref} to a component or a typed schema, never an empty or free-form object (what a controller
 * returning {@code Map}, {@code Document} or {@code JsonNode} produces). The documents are also written to
 * {@code target/openapi/<service>.json}, where {@code ./test.sh} lints them with Redocly's recommended rules.
 * <p>
 * Tagged {@value #TAG}: {@code -Dmtp.openapi.checks=off} leaves it out (see system-tests/pom.xml); it runs by default.
 */
@Tag(OpenApiContractTest.TAG)
@ExtendWith(AllServices.class)
class OpenApiContractTest {

    static final String TAG = "openapi-contract";
    private static final Path OUTPUT = Path.of("target", "openapi");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

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
            for (Map.Entry<String, JsonNode> path : iterable(document.path("paths").fields())) {
                for (Map.Entry<String, JsonNode> operation : iterable(path.getValue().fields())) {
                    if (!METHODS.contains(operation.getKey())) {
                        continue;
                    }
                    operations++;
                    String where = service + " " + operation.getKey().toUpperCase() + " " + path.getKey();
                    untyped.addAll(untypedBodies(document, where, operation.getValue().path("responses")));
                }
            }
        }
        System.out.printf("OpenAPI contract: %d operations in %d services, %d untyped 2xx response bodies%n",
                operations, AllServices.services().size(), untyped.size());
        assertThat(operations).isPositive();
        assertThat(untyped).as("2xx response bodies without a typed schema").isEmpty();
    }

    /** The test's own judgement of a schema, so that it can be seen to fail: typed, untyped and referenced. */
    @Test
    void theSchemaCheckTellsTypedFromUntyped() throws IOException {
        JsonNode document = TestHttp.JSON.readTree("""
                {"components": {"schemas": {
                   "CaseView": {"type": "object", "properties": {"id": {"type": "string"}}},
                   "JsonNode": {"type": "object"},
                   "Document": {"type": "object", "additionalProperties": {"type": "object"}}}}}
                """);
        assertThat(typed(document, schema("{\"$ref\": \"#/components/schemas/CaseView\"}"), new HashSet<>())).isTrue();
        assertThat(typed(document, schema("{\"type\": \"array\", \"items\": {\"$ref\": \"#/components/schemas/CaseView\"}}"),
                new HashSet<>())).isTrue();
        assertThat(typed(document, schema("{\"type\": \"object\", \"additionalProperties\": {\"type\": \"integer\"}}"),
                new HashSet<>())).isTrue();
        assertThat(typed(document, schema("{\"type\": \"string\"}"), new HashSet<>())).isTrue();
        assertThat(typed(document, schema("{\"$ref\": \"#/components/schemas/JsonNode\"}"), new HashSet<>())).isFalse();
        assertThat(typed(document, schema("{\"$ref\": \"#/components/schemas/Document\"}"), new HashSet<>())).isFalse();
        assertThat(typed(document, schema("{\"type\": \"object\"}"), new HashSet<>())).isFalse();
        assertThat(typed(document, schema("{\"type\": \"array\", \"items\": {}}"), new HashSet<>())).isFalse();
        assertThat(typed(document, schema("{}"), new HashSet<>())).isFalse();
        assertThat(untypedBodies(document, "GET /x", schema("{\"200\": {\"description\": \"OK\", \"content\": "
                + "{\"application/json\": {}}}}"))).hasSize(1);
        assertThat(untypedBodies(document, "POST /x", schema("{\"204\": {\"description\": \"No Content\"}}"))).isEmpty();
    }

    /** One line per 2xx response whose body has no typed schema. A 2xx without content has no body to describe. */
    private static List<String> untypedBodies(JsonNode document, String where, JsonNode responses) {
        List<String> untyped = new ArrayList<>();
        for (Map.Entry<String, JsonNode> response : iterable(responses.fields())) {
            if (!response.getKey().startsWith("2")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> media : iterable(response.getValue().path("content").fields())) {
                JsonNode schema = media.getValue().get("schema");
                if (schema == null || !typed(document, schema, new HashSet<>())) {
                    untyped.add(where + " " + response.getKey() + " " + media.getKey() + ": "
                            + (schema == null ? "no schema" : schema));
                }
            }
        }
        return untyped;
    }

    /**
     * Whether a client learns the body's shape: a scalar type; an array of typed items; an object with properties or
     * with typed values ({@code Map<String, Long>}); a composition of typed schemas; a {@code $ref} to a typed one.
     */
    static boolean typed(JsonNode document, JsonNode schema, Set<String> visiting) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (!visiting.add(ref)) {
                return true; // a recursive type is judged where it starts
            }
            JsonNode target = document.at(ref.replaceFirst("^#", ""));
            return !target.isMissingNode() && typed(document, target, visiting);
        }
        for (String composition : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.has(composition)) {
                for (JsonNode part : schema.get(composition)) {
                    if (!typed(document, part, visiting)) {
                        return false;
                    }
                }
                return !schema.get(composition).isEmpty();
            }
        }
        String type = schema.path("type").asText("");
        return switch (type) {
            case "string", "integer", "number", "boolean" -> true;
            case "array" -> schema.has("items") && typed(document, schema.get("items"), visiting);
            case "object", "" -> !schema.path("properties").isEmpty()
                    || schema.path("additionalProperties").isObject()
                    && !isFreeForm(schema.get("additionalProperties"))
                    && typed(document, schema.get("additionalProperties"), visiting);
            default -> false;
        };
    }

    private static boolean isFreeForm(JsonNode schema) {
        return !schema.has("$ref") && schema.path("properties").isEmpty()
                && ("object".equals(schema.path("type").asText("object")));
    }

    private static JsonNode schema(String json) throws IOException {
        return TestHttp.JSON.readTree(json);
    }

    private static <T> Iterable<T> iterable(Iterator<T> iterator) {
        return () -> iterator;
    }
}
