package se.rjh.mtp.groups.distribution.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static se.rjh.mtp.api.common.MetadataKeys.ACTOR;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import se.rjh.mtp.api.common.ActionNotPermittedException;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.NotificationSent;
import se.rjh.mtp.api.common.SentNotifications;
import se.rjh.mtp.api.common.StateConflictException;
import se.rjh.mtp.api.common.TextRules;
import se.rjh.mtp.api.groups.AcknowledgementResponse;
import se.rjh.mtp.api.groups.DecisionDistributed;
import se.rjh.mtp.api.groups.DistributionAcknowledged;
import se.rjh.mtp.api.groups.DistributionAcknowledgementOverdue;
import se.rjh.mtp.api.groups.DistributionSubjectKind;
import se.rjh.mtp.api.groups.UnitAskedToAcknowledge;
import se.rjh.mtp.groups.distribution.domain.DistributionCommands.Acknowledge;
import se.rjh.mtp.groups.distribution.domain.DistributionCommands.Distribute;
import se.rjh.mtp.groups.distribution.domain.DistributionCommands.MarkAcknowledgementOverdue;
import se.rjh.mtp.groups.distribution.domain.DistributionCommands.RecordDistributionNotification;
import se.rjh.mtp.groups.unit.domain.UnitDirectory;
import se.rjh.mtp.groups.unit.domain.UnitEntry;

/**
 * One distribution of a decided case or a published guideline to units. The role check (chair) happens at the HTTP
 * edge; that the subject may be distributed and every unit is active needs the other records, checked here through
 * {@link DistributableSubjects} and {@link UnitDirectory}.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
@Revision("1")
public class Distribution {

    /** The most units one distribution may go to; the request record states the same limit. */
    public static final int MAX_UNITS = 500;

    @AggregateIdentifier
    private String distributionId;
    private LocalDate acknowledgeBy;
    private final Set<String> unitIds = new HashSet<>();
    private final Set<String> acknowledged = new HashSet<>();
    private final Set<String> overdue = new HashSet<>();

    protected Distribution() {
        // for Axon
    }

    @CommandHandler
    public Distribution(Distribute command, DistributableSubjects subjects, UnitDirectory units,
                        @MetaDataValue(ACTOR) String actor) {
        DistributionSubjectKind kind = TextRules.present("subjectKind", command.subjectKind());
        String subjectId = TextRules.identifier("subjectId", command.subjectId());
        SubjectEntry subject = subjects.find(kind, subjectId).orElseThrow(() -> new InvalidInputException("subjectId",
                kind == DistributionSubjectKind.CASE_DECISION ? "must name a decided case"
                        : "must name a published guideline"));
        List<UnitEntry> receivers = activeUnits(units, command.unitIds());
        LocalDate due = TextRules.present("acknowledgeBy", command.acknowledgeBy());
        if (!due.isAfter(TextRules.present("distributedOn", command.distributedOn()))) {
            throw new InvalidInputException("acknowledgeBy", "must be a day in the future");
        }
        String message = TextRules.optional("message", command.message(), TextRules.TEXT);
        apply(new DecisionDistributed(command.distributionId(), kind, subject.subjectId(), subject.reference(),
                subject.title(), receivers.stream().map(UnitEntry::unitId).toList(), due, message, actor,
                command.distributedOn()));
        for (UnitEntry unit : receivers) {
            apply(new UnitAskedToAcknowledge(command.distributionId(), unit.unitId(), unit.name(), unit.contactEmail(),
                    due));
        }
    }

    @CommandHandler
    void handle(Acknowledge command) {
        requireUnit(command.unitId());
        if (acknowledged.contains(command.unitId())) {
            throw new StateConflictException("ACKNOWLEDGED", "the unit has already acknowledged this distribution");
        }
        AcknowledgementResponse response = TextRules.present("response", command.response());
        String comment = response == AcknowledgementResponse.NOT_APPLICABLE
                ? TextRules.required("comment", command.comment(), TextRules.PARAGRAPH)
                : TextRules.optional("comment", command.comment(), TextRules.PARAGRAPH);
        apply(new DistributionAcknowledged(distributionId, command.unitId(), response, comment,
                TextRules.present("acknowledgedAt", command.acknowledgedAt())));
    }

    @CommandHandler
    boolean handle(MarkAcknowledgementOverdue command) {
        String unitId = command.unitId();
        if (!unitIds.contains(unitId) || acknowledged.contains(unitId) || overdue.contains(unitId)
                || !command.today().isAfter(acknowledgeBy)) {
            return false;
        }
        apply(new DistributionAcknowledgementOverdue(distributionId, unitId, acknowledgeBy, command.today()));
        return true;
    }

    private static List<UnitEntry> activeUnits(UnitDirectory units, List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new InvalidInputException("unitIds", "must name at least one unit");
        }
        if (ids.size() > MAX_UNITS) {
            throw new InvalidInputException("unitIds", "must name at most " + MAX_UNITS + " units");
        }
        Set<String> seen = new LinkedHashSet<>();
        List<UnitEntry> entries = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String field = "unitIds[" + i + "]";
            String id = TextRules.identifier(field, ids.get(i));
            if (!seen.add(id)) {
                throw new InvalidInputException(field, "names the same unit twice");
            }
            entries.add(units.find(id).filter(UnitEntry::active)
                    .orElseThrow(() -> new InvalidInputException(field, "must name an active unit")));
        }
        return entries;
    }

    private void requireUnit(String unitId) {
        if (unitId == null || !unitIds.contains(unitId)) {
            throw new ActionNotPermittedException("The unit was not sent this distribution.");
        }
    }

    @EventSourcingHandler
    void on(DecisionDistributed event) {
        distributionId = event.distributionId();
        acknowledgeBy = event.acknowledgeBy();
    }

    @EventSourcingHandler
    void on(UnitAskedToAcknowledge event) {
        unitIds.add(event.unitId());
    }

    @EventSourcingHandler
    void on(DistributionAcknowledged event) {
        acknowledged.add(event.unitId());
    }

    @EventSourcingHandler
    void on(DistributionAcknowledgementOverdue event) {
        overdue.add(event.unitId());
    }

    /**
     * Each e-mail sent to a unit about this distribution. A plain field, not a member: the assignment, in the same
     * service, already takes RecordNotificationSent, so this aggregate records mail through its own command.
     */
    private final SentNotifications notifications = new SentNotifications();

    @CommandHandler
    void handle(RecordDistributionNotification command) {
        notifications.record(command.notification());
    }

    @EventSourcingHandler
    void on(NotificationSent event) {
        notifications.remember(event);
    }
}
