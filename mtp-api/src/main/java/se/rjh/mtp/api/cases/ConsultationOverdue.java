package se.rjh.mtp.api.cases;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A consultation request passed its due date unanswered; raised once per request. */
@Revision("1")
public record ConsultationOverdue(
        String caseId,
        String consultationId,
        ConcernedBody body,
        LocalDate dueDate,
        LocalDate detectedOn) implements ConsultationWaitEnded {
}
