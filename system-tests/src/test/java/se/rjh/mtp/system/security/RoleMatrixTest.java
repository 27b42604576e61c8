package se.rjh.mtp.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.rjh.mtp.testsupport.StartedService;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * Every endpoint of every service (as its OpenAPI document lists them, plus actuator, API docs and the dashboard
 * page) against every demo role and against no credentials, compared with the matrix in {@link RoleMatrix}: no
 * credentials → 401 except health and the acknowledgement links; a role not allowed → 403; an allowed role is never refused for its role (a dummy
 * body may still give 400, 404 or 409). Every refusal is a problem body.
 */
@ExtendWith(AllServices.class)
class RoleMatrixTest {

    /** One cell of the matrix: an endpoint called by one caller (null: no credentials). */
    private record Cell(StartedService service, String method, String path, RoleMatrix.Row row, String user) {
    }

    @Test
    void everyEndpointAnswersEveryRoleAsTheMatrixSays() {
        List<String> failures = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        List<String> callers = new ArrayList<>();
        callers.add(null);
        callers.addAll(RoleMatrix.USERS.keySet());
        for (StartedService service : AllServices.services().values()) {
            for (Map.Entry<String, RoleMatrix.Row> probe : probesOf(service, failures).entrySet()) {
                String[] methodAndPath = probe.getKey().split(" ", 2);
                callers.forEach(user -> cells.add(new Cell(service, methodAndPath[0], methodAndPath[1], probe.getValue(), user)));
            }
        }
        List<TestHttp.Response> answers = Parallel.map(cells, cell -> call(cell.service(), cell.method(), concrete(cell.path()), cell.user()));

        StringBuilder printed = new StringBuilder(String.format("%n%-18s %-6s %-72s %5s", "service", "method", "path", "none"));
        RoleMatrix.USERS.keySet().forEach(user -> printed.append(String.format(" %5.5s", user)));
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            TestHttp.Response answer = answers.get(i);
            if (cell.user() == null) {
                printed.append(i == 0 ? "" : "   " + String.join(" ", cells.get(i - 1).row().roles()))
                        .append(String.format("%n%-18s %-6s %-72s", cell.service().name(), cell.method(), cell.path()));
            }
            String problem = check(cell.row(), cell.user(), answer);
            printed.append(String.format(" %4d%s", answer.status(), problem == null ? " " : "!"));
            if (problem != null) {
                failures.add(cell.service().name() + " " + cell.method() + " " + cell.path() + " as "
                        + (cell.user() == null ? "(none)" : cell.user()) + ": " + problem + " — got " + answer);
            }
        }
        printed.append("   ").append(String.join(" ", cells.get(cells.size() - 1).row().roles())).append('\n');
        int requests = cells.size();
        for (StartedService service : AllServices.services().values()) {
            TestHttp.Response wrongPassword = TestHttp.request("GET", service.baseUrl() + "/api/no-such-endpoint")
                    .basic("admin", "not-the-password").send();
            requests++;
            if (wrongPassword.status() != 401 || !wrongPassword.isProblem()) {
                failures.add(service.name() + ": a wrong password must give a 401 problem, got " + wrongPassword);
            }
        }
        printed.append(String.format("Role matrix: %d requests (endpoints × no credentials and six roles, and a wrong "
                + "password per service), %d disagreements with the expected matrix ('!')%n", requests, failures.size()));
        System.out.println(printed);
        waitForReplayToFinish();
        assertThat(failures).as("disagreements with the role matrix").isEmpty();
    }

    /** The endpoints to call: every OpenAPI operation, and the matrix's fixed rows for this service. */
    private static Map<String, RoleMatrix.Row> probesOf(StartedService service, List<String> failures) {
        Map<String, RoleMatrix.Row> probes = new LinkedHashMap<>();
        List<String> documented = new ArrayList<>();
        for (ApiCatalog.Endpoint endpoint : ApiCatalog.endpoints(service)) {
            documented.add(endpoint.key());
            Optional<RoleMatrix.Row> row = RoleMatrix.rowFor(service.name(), endpoint.method(), endpoint.path());
            if (row.isEmpty()) {
                failures.add(service.name() + " " + endpoint.key() + " has no row in the role matrix");
            } else {
                probes.put(endpoint.key(), row.get());
            }
        }
        for (RoleMatrix.Row row : RoleMatrix.fixedRowsOf(service.name())) {
            String key = row.method() + " " + row.path();
            if (!documented.contains(key)) {
                if (!row.service().equals("*") && row.path().startsWith("/api/")) {
                    failures.add(service.name() + " " + key + " is in the matrix but not in the service's API");
                }
                probes.put(key, row);
            }
        }
        return probes;
    }

    /** Null when the answer is what the matrix expects, else why not. */
    private static String check(RoleMatrix.Row row, String user, TestHttp.Response answer) {
        if (answer.status() >= 500) {
            return "server error";
        }
        if (answer.status() >= 400 && !answer.isProblem()) {
            return "an error without a problem body";
        }
        if (user == null) {
            if (row.isLink()) {
                return answer.status() == 401 || answer.status() == 403 ? "a link must not ask for credentials" : null;
            }
            if (row.isPublic()) {
                return answer.status() == 200 ? null : "health must answer without credentials";
            }
            return answer.status() == 401 ? null : "must require authentication (401)";
        }
        boolean allowed = row.allows(RoleMatrix.USERS.get(user));
        if (allowed) {
            return answer.status() == 401 || answer.status() == 403 ? "the role is allowed but was refused" : null;
        }
        return answer.status() == 403 ? null : "the role is not allowed and must get 403";
    }

    private static TestHttp.Response call(StartedService service, String method, String path, String user) {
        TestHttp.Request probe = TestHttp.request(method, service.baseUrl() + path).as(user);
        if (method.equals("POST") || method.equals("PUT")) {
            probe.json("{}");
        }
        return probe.send();
    }

    /** Path parameters filled with ids that exist nowhere: an allowed role then gets 400/404/409, nothing changes. */
    static String concrete(String path) {
        return path.replace("{versionNumber}", "987654").replaceAll("\\{([A-Za-z]+)}", "no-such-$1-4711");
    }

    /** The admin's POST started a replay of the reporting read models; let it end before other tests count them. */
    private static void waitForReplayToFinish() {
        StartedService reporting = AllServices.service("reporting-service");
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            TestHttp.Response status = TestHttp.request("GET", reporting.baseUrl() + "/api/audit/replay").as("admin").send();
            if (status.status() != 200 || !status.body().contains("\"running\":true")) {
                System.out.println("Replay status after the matrix: " + status.body());
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
