package se.rjh.mtp.api.cases;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** For an incident follow-up: the event, the device and where it was reported (HSLF-FS 2021:52 ch. 5). Null dates: not (yet) reported. */
@Revision("1")
public record IncidentDetailsRecorded(
        String caseId,
        LocalDate eventDate,
        Device device,
        LocalDate reportedToManufacturerOn,
        LocalDate reportedToMedicalProductsAgencyOn,
        LocalDate reportedToIvoOn,
        Boolean lexMariaAssessed) {
}
