package se.rjh.mtp.api.reporting.view;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Median and 90th percentile by the nearest-rank method (values that really occurred), rounded to two decimals; both
 * null when there are no values.
 *
 * @param count How many values were measured
 * @param median Median
 * @param p90 90th percentile
 */
public record PercentileSummary(
        int count,
        @Schema(nullable = true) Double median,
        @Schema(nullable = true) Double p90) {
}
