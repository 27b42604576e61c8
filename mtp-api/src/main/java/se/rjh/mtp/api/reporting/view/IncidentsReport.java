package se.rjh.mtp.api.reporting.view;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "The incidents dashboard: incident follow-up cases and to whom each was reported "
        + "(HSLF-FS 2021:52)")
public record IncidentsReport(
        @Schema(description = "Number of incident follow-up cases") int total,
        long reportedToManufacturer,
        long reportedToMedicalProductsAgency,
        long reportedToIvo,
        @Schema(description = "Cases where a Lex Maria assessment is recorded") long lexMariaAssessed) {
}
