package se.rjh.mtp.groups.distribution.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.rjh.mtp.api.common.RecordNotificationSent;
import se.rjh.mtp.api.groups.AcknowledgementResponse;
import se.rjh.mtp.api.groups.DistributionSubjectKind;

/** What can be asked of a distribution. Dates are the caller's "today", so the rules never read a clock. */
public final class DistributionCommands {

    private DistributionCommands() {
    }

    public record Distribute(@TargetAggregateIdentifier String distributionId, DistributionSubjectKind subjectKind,
                             String subjectId, List<String> unitIds, LocalDate acknowledgeBy, String message,
                             LocalDate distributedOn) {
    }

    /** From a unit's verified link: the link names the distribution and the unit. */
    public record Acknowledge(@TargetAggregateIdentifier String distributionId, String unitId,
                              AcknowledgementResponse response, String comment, Instant acknowledgedAt) {
    }

    /** Sent by the deadline scan; answers whether it raised the overdue event (only once, only when past due). */
    public record MarkAcknowledgementOverdue(@TargetAggregateIdentifier String distributionId, String unitId,
                                             LocalDate today) {
    }

    /** A mail to a unit was sent: recorded on the distribution (see {@code Distribution.notifications}). */
    public record RecordDistributionNotification(@TargetAggregateIdentifier String distributionId,
                                                 RecordNotificationSent notification) {
    }
}
