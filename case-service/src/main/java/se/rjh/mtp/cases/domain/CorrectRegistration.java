package se.rjh.mtp.cases.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.rjh.mtp.api.cases.Device;
import se.rjh.mtp.api.cases.Submitter;

/** Correct the registration data of a registered case; a null field stays as it is. The diarienummer never changes. */
public record CorrectRegistration(
        @TargetAggregateIdentifier String caseId,
        String subject,
        String description,
        Submitter submitter,
        String classification,
        Device device,
        String reason) {
}
