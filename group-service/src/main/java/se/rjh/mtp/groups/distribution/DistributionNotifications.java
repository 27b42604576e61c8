package se.rjh.mtp.groups.distribution;

import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import se.rjh.mtp.api.common.NotificationKind;
import se.rjh.mtp.api.groups.DecisionDistributed;
import se.rjh.mtp.api.groups.DistributionSubjectKind;
import se.rjh.mtp.api.groups.UnitAskedToAcknowledge;
import se.rjh.mtp.groups.distribution.domain.DistributionCommands.RecordDistributionNotification;
import se.rjh.mtp.groups.distribution.link.AcknowledgementLinks;
import se.rjh.mtp.platform.notification.NotificationListener;
import se.rjh.mtp.platform.notification.Notifier;

/**
 * Each unit of a distribution gets its personal acknowledgement link by e-mail, at the contact address the unit
 * register held when the distribution was made. The link is computed again here, never read from an event.
 */
@NotificationListener
record DistributionNotifications(Notifier notifier, AcknowledgementLinks links) {

    @EventHandler
    void on(UnitAskedToAcknowledge event, @MessageIdentifier String eventId) {
        DecisionDistributed distributed = notifier.history(event.distributionId()).stream()
                .filter(DecisionDistributed.class::isInstance).map(DecisionDistributed.class::cast)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Unit asked to acknowledge distribution "
                        + event.distributionId() + ", which was never distributed"));
        notifier.send(NotificationKind.DISTRIBUTION_TO_UNIT, event.distributionId(), eventId,
                Optional.ofNullable(event.contactEmail()), "unit " + event.unitId(),
                Map.of("unitName", event.unitName(),
                        "subjectKind", distributed.subjectKind() == DistributionSubjectKind.GUIDELINE
                                ? "en riktlinje" : "ett beslut",
                        "subjectReference", distributed.subjectReference(),
                        "subjectTitle", distributed.subjectTitle(),
                        "message", distributed.message() == null ? "" : "\n" + distributed.message() + "\n",
                        "acknowledgeBy", event.acknowledgeBy().toString(),
                        "link", links.linkFor(event.distributionId(), event.unitId(), event.acknowledgeBy())),
                record -> new RecordDistributionNotification(event.distributionId(), record));
    }
}
