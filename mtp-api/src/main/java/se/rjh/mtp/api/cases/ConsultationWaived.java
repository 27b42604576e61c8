package se.rjh.mtp.api.cases;

import static se.rjh.mtp.api.common.ProtectedText.Part.PREPARATION;

import org.axonframework.serialization.Revision;
import se.rjh.mtp.api.common.ProtectedText;

/** A consultation request was closed without an answer, for the reason given. */
@Revision("1")
public record ConsultationWaived(
        String caseId,
        String consultationId,
        ConcernedBody body,
        @ProtectedText(PREPARATION) String reason) implements ConsultationWaitEnded {
}
