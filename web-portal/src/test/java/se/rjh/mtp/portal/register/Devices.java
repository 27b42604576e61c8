package se.rjh.mtp.portal.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.rjh.mtp.api.cases.DeviceClass;
import se.rjh.mtp.api.cases.view.HistoryEntry;
import se.rjh.mtp.api.devices.DeviceKind;
import se.rjh.mtp.api.devices.GsprAnswer;
import se.rjh.mtp.api.devices.GsprEntry;
import se.rjh.mtp.api.devices.InHouseDeviceDescription;
import se.rjh.mtp.api.devices.InHouseDeviceStatus;
import se.rjh.mtp.api.devices.ReviewConclusion;
import se.rjh.mtp.api.devices.ReviewFindings;
import se.rjh.mtp.api.devices.view.InHouseDeviceView;
import se.rjh.mtp.api.devices.view.RegisterRules;
import se.rjh.mtp.api.devices.view.ReviewView;
import se.rjh.mtp.portal.web.Pages;

/** The register's answers as the controller tests stub them, and the signed-in user. */
final class Devices {

    static final String ID = "EGT-3";

    private Devices() {
    }

    static RequestPostProcessor signedIn(String name, String role) {
        return Pages.signedIn(name, role);
    }

    static InHouseDeviceDescription description() {
        return new InHouseDeviceDescription("Doseringskalkylator", "2.1", DeviceKind.MD, "Beräknar cytostatikados",
                "Vuxna med cancer", DeviceClass.MDR_IIA, "Regel 11", "Programvara som ger information för beslut",
                "U-17", "Apoteket Östersund", "LIS 2026:4", "RISK-12", "DOK-77", 3);
    }

    /** A device in a status: nothing recorded but its description and the decided case. */
    static InHouseDeviceView in(InHouseDeviceStatus status) {
        return new InHouseDeviceView(ID, status, status == InHouseDeviceStatus.PROPOSED
                || status == InHouseDeviceStatus.UNDER_DEVELOPMENT ? 0 : 1, description(), "Onkologiska kliniken",
                new InHouseDeviceView.LinkedCase("c-7", "MTP/7/2026", LocalDate.of(2026, 11, 2)), null, List.of(),
                null, LocalDate.of(2026, 12, 2), "P12M", null, false, false, LocalDate.of(2026, 11, 2), "ordforande",
                null, null, null, null, null, null, List.of(), List.of(), List.of());
    }

    /** A device in use with everything recorded: a market search, GSPR, IVO, a review with an open action, an incident. */
    static InHouseDeviceView full() {
        return new InHouseDeviceView(ID, InHouseDeviceStatus.IN_USE, 2, description(), "Onkologiska kliniken",
                new InHouseDeviceView.LinkedCase("c-7", "MTP/7/2026", LocalDate.of(2026, 11, 2)),
                new InHouseDeviceView.MarketSearch("Ingen CE-märkt kalkylator räknar med regionens protokoll",
                        LocalDate.of(2026, 11, 3), false, "Tre produkter jämförda", LocalDate.of(2027, 11, 3)),
                List.of(new GsprEntry("1", GsprAnswer.MET, null),
                        new GsprEntry("17.2", GsprAnswer.NOT_MET, "Körs bara i regionens validerade miljö")),
                new InHouseDeviceView.IvoInformation(LocalDate.of(2026, 11, 4), "IVO 3.5.1-123/2026",
                        List.of("Produktens namn")), null, "P12M", LocalDate.of(2027, 11, 5), true, false,
                LocalDate.of(2026, 11, 2), "ordforande", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 5),
                "ordforande", LocalDate.of(2026, 11, 6), null, null,
                List.of(new InHouseDeviceView.ChangeLogEntry(2, "Nytt protokoll för barn", LocalDate.of(2026, 11, 9),
                        "handlaggare")),
                List.of(new ReviewView("r-1", new ReviewFindings(LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 20),
                        "Fungerar väl", "En felberäkning", "Inga", false, "Sökt i Eudamed", ReviewConclusion.CHANGE),
                        LocalDate.of(2026, 11, 20), "handlaggare",
                        List.of(new ReviewView.CorrectiveActionView("a-1", "Lägg till kontroll av kroppsyta",
                                "Anna Apotekare", LocalDate.of(2026, 12, 20), false, null, null, null)))),
                List.of(new InHouseDeviceView.IncidentLink("c-9", "MTP/9/2026", LocalDate.of(2026, 11, 10),
                        LocalDate.of(2026, 11, 12))));
    }

    static List<HistoryEntry> history() {
        return List.of(new HistoryEntry(1, "InHouseDeviceProposed", Instant.parse("2026-11-02T10:00:00Z"), "ordforande",
                null), new HistoryEntry(2, "InHouseDeviceReleased", Instant.parse("2026-11-05T10:00:00Z"), "ordforande", null));
    }

    static RegisterRules rules() {
        return new RegisterRules(List.of("Produktens namn", "Avsett ändamål"), "P1M", "P12M", "P0D", "P12M",
                List.of("1", "2", "17.2"), List.of("1", "2"));
    }
}
