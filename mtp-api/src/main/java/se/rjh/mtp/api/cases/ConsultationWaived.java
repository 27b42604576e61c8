package se.rjh.mtp.api.cases;

import org.axonframework.serialization.Revision;

/** A consultation request was closed without an answer, for the reason given. */
@Revision("1")
public record ConsultationWaived(
        String caseId,
        String consultationId,
        ConcernedBody body,
        String reason) {
}
