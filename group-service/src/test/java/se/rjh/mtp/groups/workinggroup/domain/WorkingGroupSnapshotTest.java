package se.rjh.mtp.groups.workinggroup.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static se.rjh.mtp.groups.SnapshotRoundTrip.roundTrip;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.groups.GroupKind;
import se.rjh.mtp.api.groups.MemberAppointed;
import se.rjh.mtp.api.groups.MemberRole;
import se.rjh.mtp.api.groups.WorkingGroupDissolved;
import se.rjh.mtp.api.groups.WorkingGroupEstablished;

/**
 * A snapshot is the aggregate's private fields written by the platform's snapshot serializer; it must load back to
 * the same state, members and their roles included, or membership checks would differ after a restart.
 */
class WorkingGroupSnapshotTest {

    private static final LocalDate DAY = LocalDate.of(2025, 9, 1);

    @Test
    void aGroupWithMembersRoundTrips() {
        WorkingGroup group = new WorkingGroup();
        group.on(new WorkingGroupEstablished("lsg", "LSG MTP", GroupKind.LSG, "Mandat", null, DAY));
        group.on(new MemberAppointed("lsg", "ordforande", "O", MemberRole.CHAIR, "LSG", DAY));
        group.on(new MemberAppointed("lsg", "sekreterare", "S", MemberRole.SECRETARY, null, DAY));

        WorkingGroup restored = roundTrip(group);

        assertThat(restored).usingRecursiveComparison().isEqualTo(group);
        assertThat(restored.entry().currentMembers()).containsExactlyInAnyOrder("ordforande", "sekreterare");
    }

    @Test
    void aDissolvedGroupStaysDissolved() {
        WorkingGroup group = new WorkingGroup();
        group.on(new WorkingGroupEstablished("lag-1", "LAG T", GroupKind.LAG, null, "lsg", DAY));
        group.on(new WorkingGroupDissolved("lag-1", DAY.plusYears(1), "Klart"));

        WorkingGroup restored = roundTrip(group);

        assertThat(restored).usingRecursiveComparison().isEqualTo(group);
        assertThat(restored.entry().active()).isFalse();
    }
}
