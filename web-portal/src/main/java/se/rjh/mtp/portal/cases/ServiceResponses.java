package se.rjh.mtp.portal.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.ResourceAccessException;
import se.rjh.mtp.portal.live.CaseChangedException;

/**
 * How {@link ServiceClient} reads any service's answer: a problem+json refusal becomes a {@link ServiceRefusal}, a
 * service that does not answer (or answers 503) a {@link ServiceUnavailableException} naming it.
 */
final class ServiceResponses {

    private final String service;
    private final ObjectMapper json;

    ServiceResponses(String service, ObjectMapper json) {
        this.service = service;
        this.json = json;
    }

    <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (ResourceAccessException unreachable) {
            throw new ServiceUnavailableException(service, unreachable);
        }
    }

    /** For {@code RestClient}'s {@code onStatus}: the rejected value is never in it (the services never echo it). */
    void refuse(HttpRequest request, ClientHttpResponse response) throws IOException {
        HttpStatusCode status = response.getStatusCode();
        if (status.value() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            throw new ServiceUnavailableException(service, null);
        }
        JsonNode problem;
        try {
            problem = json.readTree(response.getBody());
        } catch (IOException notJson) {
            problem = json.createObjectNode();
        }
        List<ServiceRefusal.FieldProblem> fields = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> openFollowUps = new ArrayList<>();
        if (problem != null) {
            for (JsonNode error : problem.path("errors")) {
                fields.add(new ServiceRefusal.FieldProblem(error.path("field").asText(null),
                        error.path("reason").asText(null)));
            }
            problem.path("missing").forEach(item -> missing.add(item.asText()));
            problem.path("openFollowUps").forEach(item -> openFollowUps.add(item.asText()));
            // Only a versioned resource (a case) answers a stale If-Match with its current version.
            if (status.value() == HttpStatus.CONFLICT.value() && problem.hasNonNull(RestCaseGateway.CURRENT_VERSION)) {
                throw new CaseChangedException(caseId(request),
                        problem.path(RestCaseGateway.CURRENT_VERSION).asLong());
            }
        }
        throw new ServiceRefusal(status.value(), problem == null ? null : problem.path("detail").asText(null), fields,
                missing, openFollowUps);
    }

    /** The case a request to {@code /api/cases/{id}/...} is about. */
    private static String caseId(HttpRequest request) {
        String[] segments = request.getURI().getRawPath().split("/");
        return segments.length > 3 ? segments[3] : null;
    }
}
