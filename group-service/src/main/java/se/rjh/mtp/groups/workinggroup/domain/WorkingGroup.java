package se.rjh.mtp.groups.workinggroup.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.StateConflictException;
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
import se.rjh.mtp.api.common.PersonalIdentityNumberGuard;

/**
 * The LSG or one of its LAGs. Membership periods are events, so "who was a member when" is the history itself;
 * the aggregate keeps only the current members, which is what its rules need.
 */
// Snapshots are Jackson documents of the fields; the aggregate has no getters, so fields are what is stored.
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
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
        requireText("name", command.name());
        if (command.kind() == null) {
            throw new InvalidInputException("kind", "is required");
        }
        if (command.establishedOn() == null) {
            throw new InvalidInputException("establishedOn", "is required");
        }
        if (command.kind() == GroupKind.LSG && command.parentGroupId() != null) {
            throw new InvalidInputException("parentGroupId", "must be empty for an LSG");
        }
        if (command.kind() == GroupKind.LAG) {
            boolean parentIsActiveLsg = command.parentGroupId() != null && directory.find(command.parentGroupId())
                    .filter(parent -> parent.active() && parent.kind() == GroupKind.LSG).isPresent();
            if (!parentIsActiveLsg) {
                throw new InvalidInputException("parentGroupId", "must name an active LSG");
            }
        }
        PersonalIdentityNumberGuard.check("mandate", command.mandate());
        apply(new WorkingGroupEstablished(command.groupId(), command.name().strip(), command.kind(),
                command.mandate(), command.parentGroupId(), command.establishedOn()));
    }

    @CommandHandler
    void handle(AppointMember command) {
        requireActive("appoint members");
        requireText("userName", command.userName());
        requireText("name", command.name());
        if (command.role() == null) {
            throw new InvalidInputException("role", "is required");
        }
        if (command.from() == null) {
            throw new InvalidInputException("from", "is required");
        }
        Member wanted = new Member(command.role(), command.unit());
        if (wanted.equals(members.get(command.userName()))) {
            return; // the same appointment again changes nothing
        }
        if (command.role() == MemberRole.CHAIR && members.entrySet().stream()
                .anyMatch(e -> e.getValue().role() == MemberRole.CHAIR && !e.getKey().equals(command.userName()))) {
            throw new StateConflictException("HAS_CHAIR", "end the current chair's membership first");
        }
        apply(new MemberAppointed(groupId, command.userName(), command.name().strip(), command.role(),
                command.unit(), command.from()));
    }

    @CommandHandler
    void handle(EndMembership command) {
        requireActive("end memberships");
        if (command.until() == null) {
            throw new InvalidInputException("until", "is required");
        }
        if (!members.containsKey(command.userName())) {
            throw new InvalidInputException("userName", "is not a current member of the group");
        }
        apply(new MembershipEnded(groupId, command.userName(), command.until()));
    }

    @CommandHandler
    void handle(DissolveWorkingGroup command) {
        requireActive("be dissolved");
        requireText("reason", command.reason());
        if (command.dissolvedOn() == null) {
            throw new InvalidInputException("dissolvedOn", "is required");
        }
        apply(new WorkingGroupDissolved(groupId, command.dissolvedOn(), command.reason().strip()));
    }

    /** For other aggregates' rules, through {@link WorkingGroupDirectory}. */
    public GroupView view() {
        return new GroupView(groupId, name, kind, !dissolved, java.util.Set.copyOf(members.keySet()));
    }

    private void requireActive(String action) {
        if (dissolved) {
            throw new StateConflictException("DISSOLVED", "only an active group can " + action);
        }
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "must not be blank");
        }
        PersonalIdentityNumberGuard.check(field, value);
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
