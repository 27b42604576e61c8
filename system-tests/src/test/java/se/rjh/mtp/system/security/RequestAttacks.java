package se.rjh.mtp.system.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Malformed requests around the body: bad path ids and query values, unknown query parameters, wrong methods,
 * wrong content types and accept headers, and bodies over the size limit (with and without a declared length).
 */
final class RequestAttacks {

    static final int LIMIT = 1024 * 1024;
    private static final List<String> WRONG_CONTENT_TYPES = List.of("text/plain", "application/xml", "text/html",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/octet-stream",
            "text/x-<script>alert(1)</script>");
    private static final List<String> WRONG_ACCEPTS = List.of("application/xml", "image/png");

    private RequestAttacks() {
    }

    static List<Attack> of(ApiCatalog.Endpoint endpoint, String user, Set<String> methodsOnPath, int round) {
        List<Attack> out = new ArrayList<>();
        String suffix = round == 0 ? "" : "-" + round;
        for (ApiCatalog.Param param : endpoint.params("path")) {
            List<String> values = new ArrayList<>(Attack.INJECTIONS.stream().map(v -> v + suffix).toList());
            values.add("x".repeat(6000) + suffix);
            values.add("ärende-\u202Eevil" + suffix);
            if ("integer".equals(param.schema().path("type").asText())) {
                values.addAll(List.of("abc", "1e3", "99999999999999999999", "-0x1"));
            }
            for (String value : values) {
                String path = endpoint.bogusPath().replace(bogusValue(endpoint, param), encode(value));
                out.add(withBody(endpoint, "injection", path, user));
            }
        }
        for (ApiCatalog.Param param : endpoint.params("query")) {
            List<String> values = new ArrayList<>(Attack.INJECTIONS.stream().map(v -> v + suffix).toList());
            if ("integer".equals(param.schema().path("type").asText())) {
                values.addAll(List.of("many", "1.5", "99999999999999999999", ""));
            }
            for (String value : values) {
                out.add(withBody(endpoint, "bad query value", endpoint.bogusPath() + "?" + param.name() + "=" + encode(value), user));
            }
        }
        for (String injection : Attack.INJECTIONS) {
            out.add(withBody(endpoint, "bad query value", endpoint.bogusPath() + "?" + encode(injection + suffix) + "=1", user));
        }
        for (String method : List.of("PUT", "PATCH", "DELETE", "POST")) {
            if (!methodsOnPath.contains(method)) {
                out.add(Attack.json("wrong method", method, endpoint.bogusPath(), user, "{}"));
            }
        }
        if (endpoint.method().equals("GET")) {
            WRONG_ACCEPTS.forEach(accept -> out.add(Attack.bare("wrong accept", "GET", endpoint.bogusPath(), user)
                    .withHeader("Accept", accept)));
        }
        if (endpoint.body() != null) {
            byte[] json = ApiCatalog.sample(endpoint.body()).toString().getBytes(StandardCharsets.UTF_8);
            for (String type : WRONG_CONTENT_TYPES) {
                out.add(new Attack("wrong content type", endpoint.method(), endpoint.bogusPath(), user, type, json, false, Map.of()));
            }
            out.add(new Attack("wrong content type", endpoint.method(), endpoint.bogusPath(), user, null, json, false, Map.of()));
        }
        return out;
    }

    /** Bodies just over and well over the limit, with a declared length and chunked: four per service. */
    static List<Attack> oversized(ApiCatalog.Endpoint endpoint, String user) {
        List<Attack> out = new ArrayList<>();
        for (int size : new int[] {LIMIT + 1, LIMIT + LIMIT / 2}) {
            byte[] body = bigJson(size);
            out.add(new Attack("oversized", endpoint.method(), endpoint.bogusPath(), user, "application/json", body, false, Map.of()));
            out.add(new Attack("oversized", endpoint.method(), endpoint.bogusPath(), user, "application/json", body, true, Map.of()));
        }
        return out;
    }

    /** Valid JSON of exactly {@code size} bytes: one long string, so only the size makes it bad. */
    private static byte[] bigJson(int size) {
        String head = "{\"text\":\"";
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 'a');
        System.arraycopy(head.getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, head.length());
        bytes[size - 2] = '"';
        bytes[size - 1] = '}';
        return bytes;
    }

    /** Commands keep a (valid-looking) body so that only the bad id or query is wrong. */
    private static Attack withBody(ApiCatalog.Endpoint endpoint, String kind, String path, String user) {
        if (endpoint.body() == null) {
            return Attack.bare(kind, endpoint.method(), path, user);
        }
        com.fasterxml.jackson.databind.node.ObjectNode body = (com.fasterxml.jackson.databind.node.ObjectNode) ApiCatalog.sample(endpoint.body());
        if (endpoint.params("path").isEmpty()) {
            body.put("zzUnknown", kind); // a creating endpoint would accept the sample body as it is
        }
        return Attack.json(kind, endpoint.method(), path, user, body.toString());
    }

    private static String bogusValue(ApiCatalog.Endpoint endpoint, ApiCatalog.Param param) {
        return "integer".equals(param.schema().path("type").asText()) ? "987654" : "no-such-" + param.name() + "-4711";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
