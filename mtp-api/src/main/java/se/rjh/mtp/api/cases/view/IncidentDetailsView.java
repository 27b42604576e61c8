package se.rjh.mtp.api.cases.view;

import static se.rjh.mtp.api.common.ProtectedText.Part.PREPARATION;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import se.rjh.mtp.api.cases.Device;
import se.rjh.mtp.api.common.ProtectedText;

/** An incident's event date, device and to whom it was reported (incident follow-ups). */
@Schema(description = "An incident's event date, device and to whom it was reported (incident follow-ups).")
public record IncidentDetailsView(
        @Schema(description = "When the incident happened.") LocalDate eventDate,
        @Schema(description = "The device concerned.") Device device,
        @Schema(description = "When it was reported to the manufacturer (CE-marked devices).")
        LocalDate reportedToManufacturerOn,
        @Schema(description = "When it was reported to Läkemedelsverket (CE-marked devices).")
        LocalDate reportedToMedicalProductsAgencyOn,
        @Schema(description = "When it was reported to IVO (in-house devices).") LocalDate reportedToIvoOn,
        @Schema(description = "Whether a lex Maria assessment was made.") Boolean lexMariaAssessed,
        @Schema(description = "Why the incident is not reportable; only when that was recorded.")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @ProtectedText(PREPARATION) String notReportableReason) {
}
