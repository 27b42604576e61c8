package se.rjh.mtp.api.cases.view;

import io.swagger.v3.oas.annotations.media.Schema;
import se.rjh.mtp.api.cases.CaseStep;

/** A consultation request sent, and the step the case is in now. */
@Schema(description = "A consultation request sent, and the step the case is in now.")
public record ConsultationCreated(
        @Schema(description = "The new request's id.") String consultationId,
        @Schema(description = "The case's step: IN_CONSULTATION.") CaseStep step) {
}
