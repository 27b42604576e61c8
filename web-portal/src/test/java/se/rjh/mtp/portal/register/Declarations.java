package se.rjh.mtp.portal.register;

import java.time.Instant;
import java.util.List;
import se.rjh.mtp.api.cases.DeviceClass;
import se.rjh.mtp.api.devices.DeviceKind;
import se.rjh.mtp.api.devices.view.DeclarationHistory;
import se.rjh.mtp.api.devices.view.DeclarationView;

/** The register's public answers as the tests stub them. */
final class Declarations {

    static final Instant FIRST = Instant.parse("2026-11-02T09:15:00Z");
    static final Instant SECOND = Instant.parse("2026-11-20T13:00:00Z");

    private Declarations() {
    }

    /** Version 2: one device with a requirement not fully met. */
    static DeclarationView current() {
        return new DeclarationView(2, SECOND, null, "Region Jämtland Härjedalen", "Box 654, 831 27 Östersund",
                List.of(new DeclarationView.DeclarationEntry("EGT-1", "Doseringskalkylator för cytostatika", "2.1",
                        DeviceKind.MD, DeviceClass.MDR_IIA, "Beräknar dos utifrån kroppsyta", false,
                        List.of(new DeclarationView.UnmetRequirement("17.2",
                                "Programvaran körs bara i regionens egen miljö, som är validerad")))));
    }

    static DeclarationView never() {
        return new DeclarationView(0, null, null, "Region Jämtland Härjedalen", "Box 654, 831 27 Östersund", List.of());
    }

    static DeclarationHistory history() {
        return new DeclarationHistory(List.of(
                new DeclarationHistory.Version(1, FIRST, SECOND, List.of()),
                new DeclarationHistory.Version(2, SECOND, null, List.of("EGT-1"))));
    }
}
