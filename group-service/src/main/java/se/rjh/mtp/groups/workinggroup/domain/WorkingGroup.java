package se.rjh.mtp.groups.workinggroup.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.StateConflictException;
import se.rjh.mtp.api.common.TextRules;
import se.rjh.mtp.api.groups.GroupKind;
import se.rjh.mtp.api.groups.MemberAppointed;
import se.rjh.mtp.api.groups.MemberRole;
import se.rjh.mtp.api.groups.MembershipEnded;
import se.rjh.mtp.api.groups.WorkingGroupDissolved;
import se.rjh.mtp.api.groups.WorkingGroupEstablished;
import se.rjh.mtp.groups.workinggroup.domain.WorkingGroupCommands.AppointMember;
import se.rjh.mtp.groups.workinggroup.domain.WorkingGroupCommands.DissolveWorkingGroup;
import se.rjh.mtp.groups.workinggroup.domain.WorkingGroupCommands.EndMembership;
import se.rjh.mtp.groups.workinggroup.domain.WorkingGroupCommands.EstablishWorkingGroup;

/**
 * The LSG or one of its LAGs. Membership periods are events, so "who was a member when" is the history itself;
 * the aggregate keeps only the current members, which is what its rules need.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
@Revision("1")
public class WorkingGroup {

    @AggregateIdentifier
    private String groupId;
    private String name;
    private GroupKind kind;
    private boolean dissolved;
    private final Map<String, Member> members = new HashMap<>();

    record Member(MemberRole role, String unit) {
    }

    protected WorkingGroup() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(EstablishWorkingGroup command, WorkingGroupDirectory directory) {
        if (groupId != null) {
            return; // already established: a repeated (seeding) command is done, not an error
        }
        String name = TextRules.required("name", command.name(), TextRules.LINE);
        GroupKind kind = TextRules.present("kind", command.kind());
        String mandate = TextRules.optional("mandate", command.mandate(), TextRules.PARAGRAPH);
        String parentGroupId = TextRules.optional("parentGroupId", command.parentGroupId(), TextRules.CODE);
        TextRules.present("establishedOn", command.establishedOn());
        if (kind == GroupKind.LSG && parentGroupId != null) {
            throw new InvalidInputException("parentGroupId", "must be empty for an LSG");
        }
        if (kind == GroupKind.LAG && (parentGroupId == null
                || directory.find(parentGroupId).filter(GroupEntry::isActiveLsg).isEmpty())) {
            throw new InvalidInputException("parentGroupId", "must name an active LSG");
        }
        apply(new WorkingGroupEstablished(command.groupId(), name, kind, mandate, parentGroupId,
                command.establishedOn()));
    }

    @CommandHandler
    void handle(AppointMember command) {
        requireActive("appoint members");
        String userName = TextRules.required("userName", command.userName(), TextRules.CODE);
        String personName = TextRules.required("name", command.name(), TextRules.LINE);
        MemberRole role = TextRules.present("role", command.role());
        String unit = TextRules.optional("unit", command.unit(), TextRules.LINE);
        TextRules.present("from", command.from());
        Member wanted = new Member(role, unit);
        if (wanted.equals(members.get(userName))) {
            return; // the same appointment again changes nothing
        }
        if (role == MemberRole.CHAIR && members.entrySet().stream()
                .anyMatch(e -> e.getValue().role() == MemberRole.CHAIR && !e.getKey().equals(userName))) {
            throw new StateConflictException("HAS_CHAIR", "end the current chair's membership first");
        }
        apply(new MemberAppointed(groupId, userName, personName, role, unit, command.from()));
    }

    @CommandHandler
    void handle(EndMembership command) {
        requireActive("end memberships");
        TextRules.present("until", command.until());
        if (command.userName() == null || !members.containsKey(command.userName().strip())) {
            throw new InvalidInputException("userName", "is not a current member of the group");
        }
        apply(new MembershipEnded(groupId, command.userName().strip(), command.until()));
    }

    @CommandHandler
    void handle(DissolveWorkingGroup command) {
        requireActive("be dissolved");
        String reason = TextRules.required("reason", command.reason(), TextRules.PARAGRAPH);
        TextRules.present("dissolvedOn", command.dissolvedOn());
        apply(new WorkingGroupDissolved(groupId, command.dissolvedOn(), reason));
    }

    /** For other aggregates' rules, through {@link WorkingGroupDirectory}. */
    public GroupEntry entry() {
        return new GroupEntry(groupId, name, kind, !dissolved, Set.copyOf(members.keySet()));
    }

    private void requireActive(String action) {
        if (dissolved) {
            throw new StateConflictException("DISSOLVED", "only an active group can " + action);
        }
    }

    @EventSourcingHandler
    void on(WorkingGroupEstablished event) {
        this.groupId = event.groupId();
        this.name = event.name();
        this.kind = event.kind();
    }

    @EventSourcingHandler
    void on(MemberAppointed event) {
        members.put(event.userName(), new Member(event.role(), event.unit()));
    }

    @EventSourcingHandler
    void on(MembershipEnded event) {
        members.remove(event.userName());
    }

    @EventSourcingHandler
    void on(WorkingGroupDissolved event) {
        this.dissolved = true;
        members.clear();
    }
}
