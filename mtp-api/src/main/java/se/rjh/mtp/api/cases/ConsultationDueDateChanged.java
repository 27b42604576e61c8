package se.rjh.mtp.api.cases;

import static se.rjh.mtp.api.common.ProtectedText.Part.PREPARATION;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import se.rjh.mtp.api.common.ProtectedText;

/** An open consultation request's due date was extended or shortened, for a reason; it is not overdue afterwards. */
@Revision("1")
public record ConsultationDueDateChanged(
        String caseId,
        String consultationId,
        ConcernedBody body,
        LocalDate previousDueDate,
        LocalDate dueDate,
        @ProtectedText(PREPARATION) String reason) {
}
