package se.rjh.mtp.api.groups;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * One unit of a distribution is to acknowledge it by {@code acknowledgeBy}: what a mail listener needs to send the
 * unit its personal link (computed from the two ids, never stored) to {@code contactEmail}.
 */
@Revision("1")
public record UnitAskedToAcknowledge(String distributionId, String unitId, String unitName, String contactEmail,
                                     LocalDate acknowledgeBy) {
}
