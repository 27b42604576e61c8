package se.rjh.mtp.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.rjh.mtp.testsupport.StartedService;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * At least 1,000 generated malformed requests per service against its real endpoints (from its OpenAPI document),
 * sent by a role that may call the endpoint: no 5xx, every error a problem body, no bad command accepted, no injected
 * script or expression echoed back raw, and not one document of any service database changed.
 */
@ExtendWith(AllServices.class)
class MalformedRequestTest {

    private static final int PER_SERVICE = 1_000;

    @Test
    void malformedRequestsAreRefusedCleanlyAndChangeNothing() throws Exception {
        long started = System.nanoTime();
        StoreSnapshot before = StoreSnapshot.whenQuiet(AllServices.mongo());
        long quiet = System.nanoTime();
        List<String> failures = new ArrayList<>();
        StringBuilder report = new StringBuilder("\nMalformed requests (kind: count; status: count)\n");
        for (StartedService service : AllServices.services().values()) {
            List<Attack> attacks = attacksOn(service);
            long sending = System.nanoTime();
            List<TestHttp.Response> answers = sendAll(service, attacks, failures);
            long sendMillis = (System.nanoTime() - sending) / 1_000_000;
            Map<String, Integer> kinds = new TreeMap<>();
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (int i = 0; i < attacks.size(); i++) {
                Attack attack = attacks.get(i);
                TestHttp.Response answer = answers.get(i);
                kinds.merge(attack.kind(), 1, Integer::sum);
                if (answer == null) {
                    continue;
                }
                statuses.merge(answer.status(), 1, Integer::sum);
                String wrong = judge(attack, answer);
                if (wrong != null && failures.size() < 200) {
                    failures.add(service.name() + " " + attack.kind() + " " + attack.method() + " "
                            + abbreviate(attack.pathAndQuery()) + " [" + attack.contentType() + "] " + wrong + " — " + answer);
                }
            }
            long serverErrors = statuses.entrySet().stream().filter(e -> e.getKey() >= 500).mapToLong(Map.Entry::getValue).sum();
            report.append(String.format("%-18s %5d requests in %d ms, %d of 5xx; %s; %s%n", service.name(), attacks.size(),
                    sendMillis, serverErrors, kinds, statuses));
            assertThat(attacks.size()).isGreaterThanOrEqualTo(PER_SERVICE);
        }
        StoreSnapshot.sleep(1_000); // anything a request did would now be on its way through Kafka
        StoreSnapshot after = StoreSnapshot.whenQuiet(AllServices.mongo());
        Map<String, String> changed = before.differencesTo(after);
        report.append(String.format("Stores: %d collections, %d documents before, %d after, %d collections changed "
                + "(waited %d ms for quiet stores before, %d ms in all)%n", before.collections().size(), before.documents(),
                after.documents(), changed.size(), (quiet - started) / 1_000_000, (System.nanoTime() - started) / 1_000_000));
        System.out.println(report);
        failures.forEach(System.out::println);
        assertThat(failures).as("malformed requests answered wrongly").isEmpty();
        assertThat(changed).as("collections changed by malformed requests").isEmpty();
    }

    /** Rounds of every endpoint's attacks (later rounds vary the values) until the service has enough. */
    private static List<Attack> attacksOn(StartedService service) {
        List<ApiCatalog.Endpoint> endpoints = ApiCatalog.endpoints(service);
        List<Attack> attacks = new ArrayList<>();
        ApiCatalog.Endpoint forSize = endpoints.stream().filter(e -> e.body() != null).findFirst()
                .orElse(endpoints.stream().filter(e -> e.method().equals("GET")).findFirst().orElseThrow());
        attacks.addAll(RequestAttacks.oversized(forSize, user(forSize)));
        for (int round = 0; attacks.size() < PER_SERVICE; round++) {
            for (ApiCatalog.Endpoint endpoint : endpoints) {
                Set<String> methodsOnPath = endpoints.stream().filter(e -> e.path().equals(endpoint.path()))
                        .map(ApiCatalog.Endpoint::method).collect(Collectors.toSet());
                List<Attack> all = RequestAttacks.of(endpoint, user(endpoint), methodsOnPath, round);
                // The event stream never ends and a replay is valid with any body: both only get wrong methods.
                if (endpoint.path().endsWith("/stream") || endpoint.path().equals("/api/audit/replay")) {
                    all = all.stream().filter(a -> a.kind().equals("wrong method")).toList();
                }
                attacks.addAll(all);
                if (endpoint.body() != null) {
                    attacks.addAll(BodyAttacks.of(endpoint, user(endpoint), round));
                }
            }
        }
        return evenly(attacks, PER_SERVICE);
    }

    /** Every n-th attack, so each kind and endpoint keeps its share; the oversized bodies (first) are all kept. */
    private static List<Attack> evenly(List<Attack> attacks, int count) {
        if (attacks.size() <= count) {
            return attacks;
        }
        List<Attack> kept = new ArrayList<>(attacks.subList(0, 4));
        double step = (attacks.size() - 4) / (double) (count - 4);
        for (int i = 0; i < count - 4; i++) {
            kept.add(attacks.get(4 + (int) (i * step)));
        }
        return kept;
    }

    private static String user(ApiCatalog.Endpoint endpoint) {
        return RoleMatrix.allowedUser(RoleMatrix.rowFor(endpoint.service(), endpoint.method(), endpoint.path())
                .orElseThrow(() -> new AssertionError("No role matrix row for " + endpoint.key())));
    }

    /** Null when the answer is right for a malformed request, else what is wrong with it. */
    private static String judge(Attack attack, TestHttp.Response answer) {
        if (answer.status() >= 500) {
            return "server error";
        }
        if (answer.status() >= 400 && !answer.isProblem()) {
            return "error without a problem body";
        }
        if (answer.status() < 400 && !attack.method().equals("GET")) {
            return "bad input accepted";
        }
        if (attack.kind().equals("oversized") && attack.body() != null && !attack.method().equals("GET")
                && answer.status() != 413) {
            return "an oversized body must get 413";
        }
        String marker = Attack.echoedMarker(answer.body());
        return marker == null ? null : "request text echoed raw: " + marker;
    }

    private static List<TestHttp.Response> sendAll(StartedService service, List<Attack> attacks, List<String> failures)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<TestHttp.Response>> futures = new ArrayList<>();
            for (Attack attack : attacks) {
                futures.add(pool.submit(() -> attack.send(service.baseUrl())));
            }
            List<TestHttp.Response> answers = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    answers.add(futures.get(i).get());
                } catch (java.util.concurrent.ExecutionException e) {
                    answers.add(null);
                    Attack attack = attacks.get(i);
                    String cause = e.getCause() instanceof UncheckedIOException io ? String.valueOf(io.getCause()) : String.valueOf(e.getCause());
                    failures.add(service.name() + " " + attack.kind() + " " + abbreviate(attack.pathAndQuery()) + ": no answer, " + cause);
                }
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}
