package se.rjh.mtp.api.cases;

import static se.rjh.mtp.api.common.ProtectedText.Part.PREPARATION;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import se.rjh.mtp.api.common.ProtectedText;

/** The concerned body answered a consultation request. */
@Revision("1")
public record ConsultationAnswered(
        String caseId,
        String consultationId,
        ConcernedBody body,
        @ProtectedText(PREPARATION) String answer,
        LocalDate answeredOn) implements ConsultationWaitEnded {
}
