package se.rjh.mtp.portal.register;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import se.rjh.mtp.api.devices.view.DeclarationHistory;
import se.rjh.mtp.api.devices.view.DeclarationView;
import se.rjh.mtp.portal.cases.ServiceResponses;

/** The public declaration over HTTP with the plain client: no token, so it works for a visitor who is not signed in. */
@Component
class RestDeclarationGateway implements DeclarationGateway {

    private final RestClient http;
    private final ServiceResponses responses;

    RestDeclarationGateway(RestClient publicGroupServiceClient, ObjectMapper json) {
        this.http = publicGroupServiceClient;
        this.responses = new ServiceResponses(RestRegisterGateway.SERVICE, json);
    }

    @Override
    public DeclarationView declaration(LocalDate on) {
        return responses.call(() -> http.get()
                .uri(uri -> uri.path("/api/public/declaration").queryParamIfPresent("on",
                        java.util.Optional.ofNullable(on)).build())
                .retrieve().onStatus(HttpStatusCode::isError, responses::refuse).body(DeclarationView.class));
    }

    @Override
    public DeclarationHistory history() {
        return responses.call(() -> http.get().uri("/api/public/declaration/history").retrieve()
                .onStatus(HttpStatusCode::isError, responses::refuse).body(DeclarationHistory.class));
    }
}
