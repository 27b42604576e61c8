package se.rjh.mtp.api.cases;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A matter arrived and was taken in (ärendemottagning), step RECEIVED. {@code origin} is null unless another service opened it. */
@Revision("1")
public record CaseReceived(
        String caseId,
        String subject,
        String description,
        CaseType caseType,
        Channel channel,
        Submitter submitter,
        LocalDate receivedOn,
        CaseOrigin origin) {
}
