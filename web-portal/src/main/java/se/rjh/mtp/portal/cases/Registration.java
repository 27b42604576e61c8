package se.rjh.mtp.portal.cases;

import java.time.LocalDate;
import se.rjh.mtp.api.cases.Device;

/** The body of case-service's registration command (POST /api/cases/{id}/registration). */
public record Registration(String classification, Device device, Secrecy secrecy) {

    /** The OSL provision the case is marked under; the date is today when left out. */
    public record Secrecy(String provision, LocalDate markedOn) {
    }
}
