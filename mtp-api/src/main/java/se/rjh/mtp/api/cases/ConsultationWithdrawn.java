package se.rjh.mtp.api.cases;

import static se.rjh.mtp.api.common.ProtectedText.Part.PREPARATION;

import org.axonframework.serialization.Revision;
import se.rjh.mtp.api.common.ProtectedText;

/**
 * An open consultation request was withdrawn, for a reason: the question is no longer asked, so it neither blocks a
 * proposal nor counts as a consultation held.
 */
@Revision("1")
public record ConsultationWithdrawn(
        String caseId,
        String consultationId,
        ConcernedBody body,
        @ProtectedText(PREPARATION) String reason) implements ConsultationWaitEnded {
}
