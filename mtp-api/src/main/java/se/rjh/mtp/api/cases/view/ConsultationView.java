package se.rjh.mtp.api.cases.view;

import static se.rjh.mtp.api.common.ProtectedText.Part.PREPARATION;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import se.rjh.mtp.api.cases.ConcernedBody;
import se.rjh.mtp.api.common.ProtectedText;

/**
 * A consultation request to a concerned body and where it stands.
 *
 * @param consultationId The request's id.
 * @param body The concerned body asked.
 * @param question What was asked.
 * @param dueDate When the answer is due.
 * @param status OPEN, ANSWERED, WAIVED or WITHDRAWN.
 * @param overdue Whether it was reported overdue.
 * @param requestedAt When it was asked.
 * @param answer The answer; only when answered.
 * @param answeredOn When it was answered; only when answered.
 * @param waiverReason Why no answer is needed; only when waived or withdrawn.
 */
public record ConsultationView(
        String consultationId,
        ConcernedBody body,
        @ProtectedText(PREPARATION) String question,
        LocalDate dueDate,
        Status status,
        boolean overdue,
        Instant requestedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) @ProtectedText(PREPARATION) String answer,
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate answeredOn,
        @JsonInclude(JsonInclude.Include.NON_NULL) @ProtectedText(PREPARATION) String waiverReason) {

    /** Where a consultation request stands. */
    public enum Status { OPEN, ANSWERED, WAIVED, WITHDRAWN }
}
