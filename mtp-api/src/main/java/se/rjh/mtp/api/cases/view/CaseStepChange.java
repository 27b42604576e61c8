package se.rjh.mtp.api.cases.view;

import io.swagger.v3.oas.annotations.media.Schema;
import se.rjh.mtp.api.cases.CaseStep;

/** The step a case is in after a command. */
@Schema(description = "The step a case is in after a command.")
public record CaseStepChange(
        @Schema(description = "The case id.") String id,
        @Schema(description = "The step the case is in now.") CaseStep step) {
}
