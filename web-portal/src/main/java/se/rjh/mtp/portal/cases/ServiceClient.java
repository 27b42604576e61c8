package se.rjh.mtp.portal.cases;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.function.Function;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

/**
 * The one way the portal's gateways call a service: a request on the service's {@link RestClient}, its answer read
 * as a record, a refusal turned into a {@link ServiceRefusal} (or the gateway's own exception for it) and a service
 * that does not answer into a {@link ServiceUnavailableException} ({@link ServiceResponses}).
 */
public final class ServiceClient {

    private final RestClient http;
    private final ServiceResponses responses;
    private final Function<ServiceRefusal, ? extends RuntimeException> refusals;

    public ServiceClient(String service, RestClient http, ObjectMapper json) {
        this(service, http, json, refusal -> refusal);
    }

    /** @param refusals what the gateway throws for a refusal (e.g. its own exception for a 409) */
    public ServiceClient(String service, RestClient http, ObjectMapper json,
                         Function<ServiceRefusal, ? extends RuntimeException> refusals) {
        this.http = http;
        this.responses = new ServiceResponses(service, json);
        this.refusals = refusals;
    }

    /** GET the path, its answer read as {@code type}. */
    public <T> T read(Class<T> type, String path, Object... variables) {
        return exchange(client -> client.get().uri(path, variables), answer -> answer.body(type));
    }

    /** GET the path, its answer read as a generic type (a list of records). */
    public <T> T read(ParameterizedTypeReference<T> type, String path, Object... variables) {
        return exchange(client -> client.get().uri(path, variables), answer -> answer.body(type));
    }

    /** GET the URI the function builds (query parameters), its answer read as {@code type}. */
    public <T> T read(Class<T> type, Function<UriBuilder, URI> uri) {
        return exchange(client -> client.get().uri(uri), answer -> answer.body(type));
    }

    /** GET the URI the function builds (query parameters), its answer read as a generic type. */
    public <T> T read(ParameterizedTypeReference<T> type, Function<UriBuilder, URI> uri) {
        return exchange(client -> client.get().uri(uri), answer -> answer.body(type));
    }

    /** GET the path, with the answer's headers (its {@code ETag}). */
    public <T> ResponseEntity<T> readEntity(Class<T> type, String path, Object... variables) {
        return exchange(client -> client.get().uri(path, variables), answer -> answer.toEntity(type));
    }

    /** One command: its body (none when null) to the path, the answer read as the service's response record. */
    public <T> T send(HttpMethod method, Object body, Class<T> answer, String path, Object... variables) {
        return exchange(client -> request(client, method, body, path, variables), response -> response.body(answer));
    }

    /** One command that answers 204 No Content: its body (none when null) to the path. */
    public void sendNoContent(HttpMethod method, Object body, String path, Object... variables) {
        exchange(client -> request(client, method, body, path, variables), RestClient.ResponseSpec::toBodilessEntity);
    }

    private static RestClient.RequestHeadersSpec<?> request(RestClient client, HttpMethod method, Object body,
                                                            String path, Object... variables) {
        RestClient.RequestBodySpec request = client.method(method).uri(path, variables);
        return body == null ? request : request.body(body);
    }

    private <T> T exchange(Function<RestClient, RestClient.RequestHeadersSpec<?>> request,
                           Function<RestClient.ResponseSpec, T> answer) {
        try {
            return responses.call(() -> answer.apply(request.apply(http).retrieve()
                    .onStatus(HttpStatusCode::isError, responses::refuse)));
        } catch (ServiceRefusal refusal) {
            throw refusals.apply(refusal);
        }
    }
}
