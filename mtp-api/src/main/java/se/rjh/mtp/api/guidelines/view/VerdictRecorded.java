package se.rjh.mtp.api.guidelines.view;

import io.swagger.v3.oas.annotations.media.Schema;
import se.rjh.mtp.api.guidelines.ReviewVerdict;

/**
 * The answer to recording a verdict.
 */
@Schema(name = "VerdictRecorded")
public record VerdictRecorded(
        String documentNumber,
        int versionNumber,
        ReviewVerdict verdict) {
}
