package se.rjh.mtp.api.groups.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import se.rjh.mtp.api.groups.GroupKind;
import se.rjh.mtp.api.groups.MemberRole;

/** A working group as its read model holds it: its current members and every membership period it has had. */
@Schema(name = "WorkingGroup", description = "LSG MTP or one of its LAGs, with its current members and its "
        + "membership history (who was a member when)")
public record WorkingGroupView(
        @Schema(description = "the group's id, e.g. lsg-mtp") String id,
        String name,
        GroupKind kind,
        String mandate,
        @Schema(description = "the LSG a LAG belongs to; null for an LSG") String parentGroupId,
        LocalDate establishedOn,
        @Schema(description = "null while the group is active") LocalDate dissolvedOn,
        String dissolutionReason,
        @Schema(description = "the current members") List<Member> members,
        @Schema(description = "every membership period, open ones with until = null") List<MembershipPeriod>
                membershipHistory) {

    @Schema(name = "WorkingGroupMember", description = "A current member of the group")
    public record Member(String userName, String name, MemberRole role, String unit,
                         @Schema(description = "the day the appointment took effect") LocalDate from) {
    }

    @Schema(name = "WorkingGroupMembershipPeriod", description = "One period a person was a member in one role")
    public record MembershipPeriod(String userName, String name, MemberRole role, String unit, LocalDate from,
                                   @Schema(description = "the day the period ended; null while it lasts")
                                   LocalDate until) {
    }
}
