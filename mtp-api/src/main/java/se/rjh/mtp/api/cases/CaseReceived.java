package se.rjh.mtp.api.cases;

import static se.rjh.mtp.api.common.ProtectedText.Part.REGISTRATION;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import se.rjh.mtp.api.common.ProtectedText;

/** A matter arrived and was taken in (ärendemottagning), step RECEIVED. {@code origin} is null unless another service opened it. */
@Revision("1")
public record CaseReceived(
        String caseId,
        @ProtectedText(REGISTRATION) String subject,
        @ProtectedText(REGISTRATION) String description,
        CaseType caseType,
        Channel channel,
        @ProtectedText(REGISTRATION) Submitter submitter,
        LocalDate receivedOn,
        CaseOrigin origin) {
}
