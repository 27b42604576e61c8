package se.rjh.mtp.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import se.rjh.mtp.testsupport.StartedService;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * Logins with passwords (right and wrong), bearer tokens and API keys in headers, and personal identity numbers in
 * bodies, field names, paths, queries and headers, sent to every service while the platform's own loggers run at
 * DEBUG: none of the passwords, tokens, credentials or numbers appears in any captured log line of the whole run.
 */
@ExtendWith(AllServices.class)
class SecretsInLogsTest {

    @Test
    void logsHoldNoPasswordsTokensOrIdentityNumbers() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger platform = context.getLogger("se.rjh.mtp");
        Level level = platform.getLevel();
        platform.setLevel(Level.DEBUG);
        Set<String> secrets = new LinkedHashSet<>();
        int requests = 0;
        try {
            List<String> numbers = PersonalIdentityNumberCorpus.numbers().stream().limit(6)
                    .flatMap(n -> n.spellings().stream().limit(4)).toList();
            int i = 0;
            for (StartedService service : AllServices.services().values()) {
                String password = "Hemligt-Lösen-" + service.name() + "-Xq9!";
                String token = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJldmEiLCJyb2xlcyI6WyJBRE1JTiJdfQ.c2lnLSIgKyBzZXJ2aWNl" + i;
                String apiKey = "mtp_live_" + Integer.toHexString(service.name().hashCode()) + "9f8e7d6c5b4a";
                secrets.addAll(List.of(password, token, apiKey, base64("admin:" + password), base64("registrator:registrator"),
                        "registrator:registrator", base64("eva.ek:" + password)));
                requests += send(TestHttp.request("GET", service.baseUrl() + "/api/no-such-endpoint").basic("admin", password));
                requests += send(TestHttp.request("GET", service.baseUrl() + "/api/no-such-endpoint").basic("eva.ek", password));
                requests += send(TestHttp.request("GET", service.baseUrl() + "/actuator/info").as("registrator"));
                requests += send(TestHttp.request("GET", service.baseUrl() + "/actuator/info").header("Authorization", "Bearer " + token));
                requests += send(TestHttp.request("GET", service.baseUrl() + "/actuator/info").as("registrator")
                        .header("X-Api-Key", apiKey).header("Cookie", "SESSION=" + token).header("Proxy-Authorization", "Bearer " + token));
                for (ApiCatalog.Endpoint endpoint : ApiCatalog.endpoints(service)) {
                    if (endpoint.body() == null) {
                        continue;
                    }
                    String number = numbers.get(i++ % numbers.size());
                    secrets.add(number);
                    requests += sendNumber(service, endpoint, number);
                }
            }
            for (String number : numbers.subList(0, 4)) {
                secrets.add(number);
                StartedService cases = AllServices.service("case-service");
                requests += send(TestHttp.request("GET", cases.baseUrl() + "/api/cases/" + number).as("handlaggare"));
                requests += send(TestHttp.request("GET", cases.baseUrl() + "/api/cases?q=" + URLEncoder.encode(number, StandardCharsets.UTF_8))
                        .as("handlaggare"));
                requests += send(TestHttp.request("GET", cases.baseUrl() + "/api/cases").as("handlaggare").header("X-Correlation-Id", number));
            }
        } finally {
            platform.setLevel(level);
        }
        List<String> leaks = new ArrayList<>();
        for (String secret : secrets) {
            AllServices.logs().containing(secret).stream().limit(3)
                    .forEach(line -> leaks.add("'" + secret + "' in: " + line.lines().limit(3).toList()));
        }
        System.out.printf("%nSecrets and logs: %d requests with %d distinct secrets (passwords, tokens, credentials, "
                + "identity numbers); %d log lines captured over the run; %d lines leak a secret%n",
                requests, secrets.size(), AllServices.logs().size(), leaks.size());
        leaks.stream().limit(20).forEach(System.out::println);
        assertThat(leaks).as("log lines that hold a secret").isEmpty();
    }

    /** The number as a valid field value, as a bare JSON token, as an unknown field's name and as a wrong-typed value. */
    private static int sendNumber(StartedService service, ApiCatalog.Endpoint endpoint, String number) {
        String user = RoleMatrix.allowedUser(RoleMatrix.rowFor(service.name(), endpoint.method(), endpoint.path()).orElseThrow());
        String url = service.baseUrl() + endpoint.bogusPath();
        ApiCatalog.Field text = ApiCatalog.leaves(endpoint.body()).stream().filter(ApiCatalog.Field::isFreeText)
                .findFirst().orElse(null);
        List<String> bodies = new ArrayList<>(List.of("{\"" + number + "\": 1}", "{\"note\": " + number + "}",
                "[\"" + number + "\"", "{\"a\": {\"b\": [" + number + "]}}"));
        if (text != null) {
            var body = ApiCatalog.with((com.fasterxml.jackson.databind.node.ObjectNode) ApiCatalog.sample(endpoint.body()),
                    text.where(), ApiCatalog.NODES.textNode("Patient " + number));
            bodies.add(body.toString());
            bodies.add(ApiCatalog.with(body.deepCopy(), text.where(), ApiCatalog.NODES.arrayNode().add(number)).toString());
        }
        for (String body : bodies) {
            send(TestHttp.request(endpoint.method(), url).as(user).json(body));
        }
        return bodies.size();
    }

    private static int send(TestHttp.Request probe) {
        TestHttp.Response answer = probe.send();
        assertThat(answer.status()).as(answer.toString()).isLessThan(500);
        return 1;
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
