package se.rjh.mtp.portal.register;

import java.time.LocalDate;
import se.rjh.mtp.api.devices.view.DeclarationHistory;
import se.rjh.mtp.api.devices.view.DeclarationView;

/** group-service's public declaration of in-house devices: read without a token, since anyone may read it. */
public interface DeclarationGateway {

    /** @param on the day whose version to read (the one public at its end); null for the current one */
    DeclarationView declaration(LocalDate on);

    DeclarationHistory history();
}
