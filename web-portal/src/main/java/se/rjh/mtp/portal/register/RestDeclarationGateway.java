package se.rjh.mtp.portal.register;

import static se.rjh.mtp.portal.cases.ServiceClients.GROUP_SERVICE;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.devices.view.DeclarationHistory;
import se.rjh.mtp.api.devices.view.DeclarationView;
import se.rjh.mtp.portal.cases.Query;
import se.rjh.mtp.portal.cases.ServiceClient;
import se.rjh.mtp.portal.cases.ServiceClients;
import se.rjh.mtp.portal.cases.ServiceGateway;

/** The public declaration over HTTP with the plain client: no token, so it works for a visitor who is not signed in. */
@Component
class RestDeclarationGateway extends ServiceGateway implements DeclarationGateway {

    RestDeclarationGateway(ServiceClients clients, ObjectMapper json) {
        super(new ServiceClient(GROUP_SERVICE, clients.anonymous(GROUP_SERVICE), json));
    }

    @Override
    public DeclarationView declaration(LocalDate on) {
        return service.read(DeclarationView.class, Query.path("/api/public/declaration").param("on", on));
    }

    @Override
    public DeclarationHistory history() {
        return service.read(DeclarationHistory.class, "/api/public/declaration/history");
    }
}
