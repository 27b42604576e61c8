package se.rjh.mtp.api.cases.view;

import static se.rjh.mtp.api.common.ProtectedText.Part.PREPARATION;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import se.rjh.mtp.api.cases.ConcernedBody;
import se.rjh.mtp.api.common.ProtectedText;

/** A consultation request to a concerned body and where it stands. */
@Schema(description = "A consultation request to a concerned body and where it stands.")
public record ConsultationView(
        @Schema(description = "The request's id.") String consultationId,
        @Schema(description = "The concerned body asked.") ConcernedBody body,
        @Schema(description = "What was asked.") @ProtectedText(PREPARATION) String question,
        @Schema(description = "When the answer is due.") LocalDate dueDate,
        @Schema(description = "OPEN, ANSWERED, WAIVED or WITHDRAWN.") Status status,
        @Schema(description = "Whether it was reported overdue.") boolean overdue,
        @Schema(description = "When it was asked.") Instant requestedAt,
        @Schema(description = "The answer; only when answered.")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @ProtectedText(PREPARATION) String answer,
        @Schema(description = "When it was answered; only when answered.")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        LocalDate answeredOn,
        @Schema(description = "Why no answer is needed; only when waived or withdrawn.")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @ProtectedText(PREPARATION) String waiverReason) {

    /** Where a consultation request stands. */
    public enum Status { OPEN, ANSWERED, WAIVED, WITHDRAWN }
}
