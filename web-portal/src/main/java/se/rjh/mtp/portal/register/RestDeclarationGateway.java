package se.rjh.mtp.portal.register;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import se.rjh.mtp.api.devices.view.DeclarationHistory;
import se.rjh.mtp.api.devices.view.DeclarationView;
import se.rjh.mtp.portal.cases.ServiceClient;

/** The public declaration over HTTP with the plain client: no token, so it works for a visitor who is not signed in. */
@Component
class RestDeclarationGateway implements DeclarationGateway {

    private final ServiceClient service;

    RestDeclarationGateway(RestClient publicGroupServiceClient, ObjectMapper json) {
        this.service = new ServiceClient(RestRegisterGateway.SERVICE, publicGroupServiceClient, json);
    }

    @Override
    public DeclarationView declaration(LocalDate on) {
        return service.read(DeclarationView.class, uri -> uri.path("/api/public/declaration")
                .queryParamIfPresent("on", Optional.ofNullable(on)).build());
    }

    @Override
    public DeclarationHistory history() {
        return service.read(DeclarationHistory.class, "/api/public/declaration/history");
    }
}
