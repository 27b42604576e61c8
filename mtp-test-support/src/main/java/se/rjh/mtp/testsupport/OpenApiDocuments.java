package se.rjh.mtp.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * What a service's {@code /v3/api-docs} must tell a client, judged the same way for every service: each operation has
 * a summary, and each 2xx response body a schema a client can generate code from: a {@code $ref} to a component or a
 * typed schema, never an empty or free-form object (what a controller returning {@code Map}, {@code Document} or
 * {@code JsonNode} produces).
 */
public final class OpenApiDocuments {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private OpenApiDocuments() {
    }

    /** Every operation, as {@code METHOD /path}. */
    public static List<String> operations(JsonNode document) {
        List<String> operations = new ArrayList<>();
        forEachOperation(document, (name, operation) -> operations.add(name));
        return operations;
    }

    /**
     * One line per operation without a summary, per 2xx response other than 204 without a body, and per body without
     * a typed schema; paths starting with one of {@code skippedPaths} are left out.
     */
    public static List<String> problems(JsonNode document, String... skippedPaths) {
        List<String> problems = new ArrayList<>();
        forEachOperation(document, (name, operation) -> {
            String path = name.substring(name.indexOf(' ') + 1);
            if (Arrays.stream(skippedPaths).anyMatch(path::startsWith)) {
                return;
            }
            if (operation.path("summary").asText().isBlank()) {
                problems.add(name + ": no summary");
            }
            for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
                if (response.getKey().startsWith("2") && !response.getKey().equals("204")
                        && response.getValue().path("content").isEmpty()) {
                    problems.add(name + " " + response.getKey() + ": no body");
                }
            }
            problems.addAll(untypedBodies(document, name, operation.path("responses")));
        });
        return problems;
    }

    /** {@link #untypedBodies(JsonNode, String, JsonNode)} of every operation. */
    public static List<String> untypedBodies(JsonNode document) {
        List<String> untyped = new ArrayList<>();
        forEachOperation(document, (name, operation) ->
                untyped.addAll(untypedBodies(document, name, operation.path("responses"))));
        return untyped;
    }

    /** One line per 2xx response whose body has no typed schema. A 2xx without content has no body to describe. */
    public static List<String> untypedBodies(JsonNode document, String where, JsonNode responses) {
        List<String> untyped = new ArrayList<>();
        for (Map.Entry<String, JsonNode> response : responses.properties()) {
            if (!response.getKey().startsWith("2")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> media : response.getValue().path("content").properties()) {
                JsonNode schema = media.getValue().get("schema");
                if (schema == null || !typed(document, schema)) {
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
    public static boolean typed(JsonNode document, JsonNode schema) {
        return typed(document, schema, new HashSet<>());
    }

    private static boolean typed(JsonNode document, JsonNode schema, Set<String> visiting) {
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

    /** Each operation with its name, {@code METHOD /path}. */
    private static void forEachOperation(JsonNode document, BiConsumer<String, JsonNode> visitor) {
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (METHODS.contains(operation.getKey())) {
                    visitor.accept(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue());
                }
            }
        }
    }
}
