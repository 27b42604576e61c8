package se.rjh.mtp.api.groups.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import se.rjh.mtp.api.groups.GroupKind;
import se.rjh.mtp.api.groups.MemberRole;

/**
 * A working group as its read model holds it: its current members and every membership period it has had.
 *
 * @param id the group's id, e.g. lsg-mtp
 * @param parentGroupId the LSG a LAG belongs to; null for an LSG
 * @param dissolvedOn null while the group is active
 * @param members the current members
 * @param membershipHistory every membership period, open ones with until = null
 */
@Schema(name = "WorkingGroup")
public record WorkingGroupView(
        String id,
        String name,
        GroupKind kind,
        String mandate,
        String parentGroupId,
        LocalDate establishedOn,
        LocalDate dissolvedOn,
        String dissolutionReason,
        List<Member> members,
        List<MembershipPeriod> membershipHistory) {

    /**
     * A current member of the group
     *
     * @param from the day the appointment took effect
     */
    @Schema(name = "WorkingGroupMember")
    public record Member(
            String userName,
            String name,
            MemberRole role,
            String unit,
            LocalDate from) {
    }

    /**
     * One period a person was a member in one role
     *
     * @param until the day the period ended; null while it lasts
     */
    @Schema(name = "WorkingGroupMembershipPeriod")
    public record MembershipPeriod(
            String userName,
            String name,
            MemberRole role,
            String unit,
            LocalDate from,
            LocalDate until) {
    }
}
