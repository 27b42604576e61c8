package se.rjh.mtp.api.cases;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * For an incident follow-up: the event, the device and where it was reported (HSLF-FS 2021:52 ch. 5). Null dates:
 * not (yet) reported.
 *
 * @param inHouseDeviceId the in-house register's id {@code EGT-<n>} when the device is one of the region's own; null
 *                        otherwise and in events from before the field existed
 */
@Revision("1")
public record IncidentDetailsRecorded(
        String caseId,
        LocalDate eventDate,
        Device device,
        LocalDate reportedToManufacturerOn,
        LocalDate reportedToMedicalProductsAgencyOn,
        LocalDate reportedToIvoOn,
        Boolean lexMariaAssessed,
        String inHouseDeviceId) {

    /** An incident naming no in-house device. */
    public IncidentDetailsRecorded(String caseId, LocalDate eventDate, Device device,
                                   LocalDate reportedToManufacturerOn, LocalDate reportedToMedicalProductsAgencyOn,
                                   LocalDate reportedToIvoOn, Boolean lexMariaAssessed) {
        this(caseId, eventDate, device, reportedToManufacturerOn, reportedToMedicalProductsAgencyOn, reportedToIvoOn,
                lexMariaAssessed, null);
    }
}
