package se.rjh.mtp.groups.workinggroup.domain;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.rjh.mtp.api.groups.GroupKind;
import se.rjh.mtp.api.groups.MemberRole;

/** What can be asked of a working group. */
public final class WorkingGroupCommands {

    private WorkingGroupCommands() {
    }

    /** Set up a group; sending it again for a group that exists changes nothing (seeding relies on that). */
    public record EstablishWorkingGroup(@TargetAggregateIdentifier String groupId, String name, GroupKind kind,
                                        String mandate, String parentGroupId, LocalDate establishedOn) {
    }

    /** Make a person a member, or give a member another role; repeating the same appointment changes nothing. */
    public record AppointMember(@TargetAggregateIdentifier String groupId, String userName, String name,
                                MemberRole role, String unit, LocalDate from) {
    }

    public record EndMembership(@TargetAggregateIdentifier String groupId, String userName, LocalDate until) {
    }

    public record DissolveWorkingGroup(@TargetAggregateIdentifier String groupId, String reason, LocalDate dissolvedOn) {
    }
}
