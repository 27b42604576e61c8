package se.rjh.mtp.cases.domain;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.rjh.mtp.api.cases.CaseOrigin;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.Channel;
import se.rjh.mtp.api.cases.Submitter;

/** Take a matter in (ärendemottagning). */
public record ReceiveCase(
        @TargetAggregateIdentifier String caseId,
        String subject,
        String description,
        CaseType caseType,
        Channel channel,
        Submitter submitter,
        LocalDate receivedOn,
        CaseOrigin origin) {
}
