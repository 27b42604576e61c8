package se.rjh.mtp.api.guidelines.view;

import io.swagger.v3.oas.annotations.media.Schema;
import se.rjh.mtp.api.guidelines.ReviewVerdict;

/**
 * A named reviewer's verdict on a version.
 */
@Schema(name = "ReviewVerdictView")
public record ReviewVerdictView(
        String reviewer,
        ReviewVerdict verdict,
        String comment) {
}
