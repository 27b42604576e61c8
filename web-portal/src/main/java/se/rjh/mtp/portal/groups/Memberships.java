package se.rjh.mtp.portal.groups;

import java.time.LocalDate;
import java.util.List;
import se.rjh.mtp.api.groups.view.WorkingGroupView;
import se.rjh.mtp.api.groups.view.WorkingGroupView.MembershipPeriod;

/** "Vem var medlem den …": the membership periods of a group that include a day, from its history. */
final class Memberships {

    private Memberships() {
    }

    /** A period includes the day it started and the day it ended (a membership ended today was one today). */
    static List<MembershipPeriod> on(WorkingGroupView group, LocalDate day) {
        if (group.membershipHistory() == null) {
            return List.of();
        }
        return group.membershipHistory().stream()
                .filter(p -> p.from() != null && !p.from().isAfter(day) && (p.until() == null || !p.until().isBefore(day)))
                .toList();
    }
}
