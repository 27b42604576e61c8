package se.rjh.mtp.cases.domain;

import java.time.LocalDate;
import se.rjh.mtp.api.cases.Device;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record an incident's event date, device and reporting (incident follow-ups only); {@code inHouseDeviceId} is optional. */
public record RecordIncidentDetails(
        @TargetAggregateIdentifier String caseId,
        LocalDate eventDate,
        Device device,
        LocalDate reportedToManufacturerOn,
        LocalDate reportedToMedicalProductsAgencyOn,
        LocalDate reportedToIvoOn,
        Boolean lexMariaAssessed,
        String inHouseDeviceId) {
}
