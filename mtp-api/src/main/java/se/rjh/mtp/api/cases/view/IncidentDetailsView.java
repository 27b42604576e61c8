package se.rjh.mtp.api.cases.view;

import static se.rjh.mtp.api.common.ProtectedText.Part.PREPARATION;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import se.rjh.mtp.api.cases.Device;
import se.rjh.mtp.api.common.ProtectedText;

/**
 * An incident's event date, device and to whom it was reported (incident follow-ups).
 *
 * @param eventDate When the incident happened.
 * @param device The device concerned.
 * @param reportedToManufacturerOn When it was reported to the manufacturer (CE-marked devices).
 * @param reportedToMedicalProductsAgencyOn When it was reported to Läkemedelsverket (CE-marked devices).
 * @param reportedToIvoOn When it was reported to IVO (in-house devices).
 * @param lexMariaAssessed Whether a lex Maria assessment was made.
 * @param inHouseDeviceId The in-house register's id (EGT-n) when the device is one of the region's own.
 * @param notReportableReason Why the incident is not reportable; only when that was recorded.
 */
public record IncidentDetailsView(
        LocalDate eventDate,
        Device device,
        LocalDate reportedToManufacturerOn,
        LocalDate reportedToMedicalProductsAgencyOn,
        LocalDate reportedToIvoOn,
        Boolean lexMariaAssessed,
        String inHouseDeviceId,
        @JsonInclude(JsonInclude.Include.NON_NULL) @ProtectedText(PREPARATION) String notReportableReason) {
}
