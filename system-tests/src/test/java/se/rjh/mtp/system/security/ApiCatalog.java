package se.rjh.mtp.system.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import se.rjh.mtp.testsupport.StartedService;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * The endpoints of a running service as its own {@code /v3/api-docs} describes them, with their parameters and the
 * resolved schema of their request body: the generators below work from this, so a new endpoint or field is
 * covered without editing the tests.
 */
final class ApiCatalog {

    private static final Map<String, List<Endpoint>> CACHE = new ConcurrentHashMap<>();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    record Param(String name, String in, JsonNode schema) {
    }

    record Endpoint(String service, String method, String path, List<Param> params, JsonNode body) {
        String key() {
            return method + " " + path;
        }

        List<Param> params(String in) {
            return params.stream().filter(p -> p.in().equals(in)).toList();
        }

        /** The path with every path parameter set to an id that exists nowhere (so commands end in 404). */
        String bogusPath() {
            String path = this.path;
            for (Param p : params("path")) {
                String value = "integer".equals(p.schema().path("type").asText()) ? "987654" : "no-such-" + p.name() + "-4711";
                path = path.replace("{" + p.name() + "}", value);
            }
            return path;
        }
    }

    /** A leaf of a request body: where it is (names and array index 0) and its schema. */
    record Field(List<Object> where, JsonNode schema) {
        String path() {
            StringBuilder text = new StringBuilder();
            for (Object step : where) {
                if (step instanceof Integer index) {
                    text.append('[').append(index).append(']');
                } else {
                    text.append(text.isEmpty() ? "" : ".").append(step);
                }
            }
            return text.toString();
        }

        String type() {
            return schema.path("type").asText("object");
        }

        boolean isEnum() {
            return schema.has("enum");
        }

        boolean isDate() {
            return "date".equals(schema.path("format").asText()) || "date-time".equals(schema.path("format").asText());
        }

        /** A string the caller writes freely: not an enum, a date or an e-mail address. */
        boolean isFreeText() {
            return "string".equals(type()) && !isEnum() && !schema.has("format");
        }
    }

    static List<Endpoint> endpoints(StartedService service) {
        return CACHE.computeIfAbsent(service.name(), name -> load(service));
    }

    private static List<Endpoint> load(StartedService service) {
        TestHttp.Response docs = TestHttp.request("GET", service.baseUrl() + "/v3/api-docs").as("admin").send();
        if (docs.status() != 200) {
            throw new AssertionError("No API docs from " + service.name() + ": " + docs);
        }
        JsonNode root = docs.json();
        List<Endpoint> endpoints = new ArrayList<>();
        root.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            List<Param> params = new ArrayList<>();
            for (JsonNode p : op.getValue().path("parameters")) {
                params.add(new Param(p.path("name").asText(), p.path("in").asText(), resolve(root, p.path("schema"), 0)));
            }
            JsonNode schema = op.getValue().path("requestBody").path("content").path("application/json").path("schema");
            JsonNode body = schema.isMissingNode() ? null : resolve(root, schema, 0);
            endpoints.add(new Endpoint(service.name(), op.getKey().toUpperCase(), path.getKey(), params, body));
        }));
        return endpoints;
    }

    /** Inlines every {@code $ref}, so a schema can be walked without the document. */
    private static JsonNode resolve(JsonNode root, JsonNode schema, int depth) {
        if (depth > 12) {
            return NODES.objectNode().put("type", "object");
        }
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().substring("#/components/schemas/".length());
            return resolve(root, root.path("components").path("schemas").path(name), depth + 1);
        }
        ObjectNode copy = schema.deepCopy();
        if (schema.has("properties")) {
            ObjectNode properties = NODES.objectNode();
            schema.get("properties").fields().forEachRemaining(e -> properties.set(e.getKey(), resolve(root, e.getValue(), depth + 1)));
            copy.set("properties", properties);
        }
        if (schema.has("items")) {
            copy.set("items", resolve(root, schema.get("items"), depth + 1));
        }
        return copy;
    }

    /** Every leaf of a body schema, depth first; arrays are entered at index 0. */
    static List<Field> leaves(JsonNode schema) {
        List<Field> fields = new ArrayList<>();
        collect(schema, new ArrayList<>(), fields);
        return fields;
    }

    private static void collect(JsonNode schema, List<Object> where, List<Field> fields) {
        if (schema.has("properties")) {
            schema.get("properties").fields().forEachRemaining(e -> {
                List<Object> next = new ArrayList<>(where);
                next.add(e.getKey());
                collect(e.getValue(), next, fields);
            });
        } else if ("array".equals(schema.path("type").asText())) {
            List<Object> next = new ArrayList<>(where);
            next.add(0);
            collect(schema.path("items"), next, fields);
        } else if (!where.isEmpty()) {
            fields.add(new Field(List.copyOf(where), schema));
        }
    }

    /** A plausible value for every field of the schema: the base that mutations start from. */
    static JsonNode sample(JsonNode schema) {
        if (schema.has("properties")) {
            ObjectNode object = NODES.objectNode();
            schema.get("properties").fields().forEachRemaining(e -> object.set(e.getKey(), sample(e.getValue())));
            return object;
        }
        if (schema.has("enum")) {
            return NODES.textNode(schema.get("enum").get(0).asText());
        }
        return switch (schema.path("type").asText("object")) {
            case "array" -> NODES.arrayNode().add(sample(schema.path("items")));
            case "integer", "number" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(true);
            case "string" -> switch (schema.path("format").asText()) {
                case "date" -> NODES.textNode("2026-12-01");
                case "date-time" -> NODES.textNode("2026-12-01T10:00:00Z");
                case "email" -> NODES.textNode("eva.ek@example.se");
                default -> NODES.textNode("Text");
            };
            default -> NODES.objectNode();
        };
    }

    /** Sets the value at a leaf's place, creating the objects and arrays on the way. */
    static ObjectNode with(ObjectNode body, List<Object> where, JsonNode value) {
        JsonNode node = body;
        for (int i = 0; i < where.size() - 1; i++) {
            Object step = where.get(i);
            boolean nextIsIndex = where.get(i + 1) instanceof Integer;
            JsonNode child = step instanceof Integer index ? ((ArrayNode) node).path(index) : node.path((String) step);
            if (child.isMissingNode() || child.isNull() || (nextIsIndex ? !child.isArray() : !child.isObject())) {
                child = nextIsIndex ? NODES.arrayNode() : NODES.objectNode();
                set(node, step, child);
            }
            node = child;
        }
        set(node, where.get(where.size() - 1), value);
        return body;
    }

    /** Removes a leaf (or any named member) at its place, if it is there. */
    static ObjectNode without(ObjectNode body, List<Object> where) {
        JsonNode node = body;
        for (int i = 0; i < where.size() - 1 && node != null; i++) {
            node = where.get(i) instanceof Integer index ? node.get(index) : node.get((String) where.get(i));
        }
        if (node instanceof ObjectNode object) {
            object.remove((String) where.get(where.size() - 1));
        }
        return body;
    }

    private static void set(JsonNode parent, Object step, JsonNode value) {
        if (step instanceof Integer index) {
            ArrayNode array = (ArrayNode) parent;
            while (array.size() <= index) {
                array.addNull();
            }
            array.set(index, value);
        } else {
            ((ObjectNode) parent).set((String) step, value);
        }
    }

    /** The names listed as required at the top of an object schema. */
    static List<String> required(JsonNode schema) {
        List<String> names = new ArrayList<>();
        for (Iterator<JsonNode> it = schema.path("required").elements(); it.hasNext(); ) {
            names.add(it.next().asText());
        }
        return names;
    }

    static String describe(List<Endpoint> endpoints) {
        return endpoints.stream().map(Endpoint::key).sorted().collect(Collectors.joining("\n"));
    }

    private ApiCatalog() {
    }
}
