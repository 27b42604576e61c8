package se.rjh.mtp.portal.cases;

import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.function.BiFunction;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.client.MockRestServiceServer;

/**
 * What every gateway test starts from: the gateway under test, built as Spring builds it, on a service scripted at
 * its address ({@link ScriptedService}); a new one for each test.
 *
 * @param <G> the gateway
 */
public abstract class ScriptedGatewayTest<G> {

    protected final ScriptedService scripted;
    /** Expects the gateway's requests and answers them. */
    protected final MockRestServiceServer service;
    protected final G gateway;

    protected ScriptedGatewayTest(String baseUrl, BiFunction<ServiceClients, ObjectMapper, G> constructor) {
        this.scripted = ScriptedService.at(baseUrl);
        this.service = scripted.server();
        this.gateway = scripted.gateway(constructor);
    }

    /** The service says no to this request: the status, with its problem+json. */
    protected void refuses(HttpMethod httpMethod, String url, HttpStatus status, String problem) {
        service.expect(requestTo(url)).andExpect(method(httpMethod))
                .andRespond(ScriptedService.problem(status, problem));
    }
}
