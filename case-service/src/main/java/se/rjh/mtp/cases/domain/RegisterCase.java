package se.rjh.mtp.cases.domain;

import java.time.LocalDate;
import se.rjh.mtp.api.cases.Device;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Register a received case: it gets the next diarienummer of the year of {@code registeredOn}. */
public record RegisterCase(
        @TargetAggregateIdentifier String caseId,
        String classification,
        Device device,
        String secrecyProvision,
        LocalDate secrecyMarkedOn,
        LocalDate registeredOn) {
}
