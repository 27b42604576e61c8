package se.rjh.mtp.api.cases;

import static se.rjh.mtp.api.common.ProtectedText.Part.PREPARATION;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import se.rjh.mtp.api.common.ProtectedText;

/** A consultation request (samverkan) went to a concerned body with a question and a due date, step IN_CONSULTATION. */
@Revision("1")
public record ConsultationRequested(
        String caseId,
        String consultationId,
        ConcernedBody body,
        @ProtectedText(PREPARATION) String question,
        LocalDate dueDate) {
}
