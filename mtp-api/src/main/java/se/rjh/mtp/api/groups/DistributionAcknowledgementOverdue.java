package se.rjh.mtp.api.groups;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The acknowledgement date passed without the unit's acknowledgement. Raised once per unit and distribution. */
@Revision("1")
public record DistributionAcknowledgementOverdue(String distributionId, String unitId, LocalDate acknowledgeBy,
                                                 LocalDate detectedOn) {
}
