package se.rjh.mtp.api.reporting.view;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "Median and 90th percentile by the nearest-rank method (values that really occurred), "
        + "rounded to two decimals; both null when there are no values.")
public record PercentileSummary(
        @Schema(description = "How many values were measured") int count,
        @Schema(description = "Median", nullable = true) Double median,
        @Schema(description = "90th percentile", nullable = true) Double p90) {
}
