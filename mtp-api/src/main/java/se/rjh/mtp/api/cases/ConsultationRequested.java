package se.rjh.mtp.api.cases;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A consultation request (samverkan) went to a concerned body with a question and a due date, step IN_CONSULTATION. */
@Revision("1")
public record ConsultationRequested(
        String caseId,
        String consultationId,
        ConcernedBody body,
        String question,
        LocalDate dueDate) {
}
