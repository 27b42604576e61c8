package se.rjh.mtp.api.cases;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The concerned body answered a consultation request. */
@Revision("1")
public record ConsultationAnswered(
        String caseId,
        String consultationId,
        ConcernedBody body,
        String answer,
        LocalDate answeredOn) {
}
