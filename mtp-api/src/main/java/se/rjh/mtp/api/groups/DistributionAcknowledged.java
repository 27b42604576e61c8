package se.rjh.mtp.api.groups;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A unit acknowledged a distribution through its personal link; once per unit. */
@Revision("1")
public record DistributionAcknowledged(String distributionId, String unitId, AcknowledgementResponse response,
                                       String comment, Instant acknowledgedAt) {
}
