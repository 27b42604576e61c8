package se.rjh.mtp.api.reporting.view;

import io.swagger.v3.oas.annotations.media.Schema;
import se.rjh.mtp.api.cases.CaseStep;

@Schema(description = "A step the case entered")
public record CaseStepEntered(
        CaseStep step,
        @Schema(description = "When, in epoch milliseconds") long at) {
}
