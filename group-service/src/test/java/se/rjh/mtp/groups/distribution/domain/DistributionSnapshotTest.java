package se.rjh.mtp.groups.distribution.domain;

import static se.rjh.mtp.groups.SnapshotRoundTrip.assertRoundTrips;
import static se.rjh.mtp.groups.distribution.domain.DistributionTest.ASKED_U1;
import static se.rjh.mtp.groups.distribution.domain.DistributionTest.ASKED_U2;
import static se.rjh.mtp.groups.distribution.domain.DistributionTest.AT;
import static se.rjh.mtp.groups.distribution.domain.DistributionTest.DISTRIBUTED;
import static se.rjh.mtp.groups.distribution.domain.DistributionTest.DUE;

import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.groups.AcknowledgementResponse;
import se.rjh.mtp.api.groups.DistributionAcknowledged;
import se.rjh.mtp.api.groups.DistributionAcknowledgementOverdue;

/** A snapshotted distribution must answer its rules (who was asked, acknowledged, overdue) as before the snapshot. */
class DistributionSnapshotTest {

    @Test
    void aDistributionWithAnAcknowledgementAndAnOverdueUnitRoundTrips() {
        Distribution distribution = new Distribution();
        distribution.on(DISTRIBUTED);
        distribution.on(ASKED_U1);
        distribution.on(ASKED_U2);
        distribution.on(new DistributionAcknowledged("d1", "u1", AcknowledgementResponse.IMPLEMENTED, null, AT));
        distribution.on(new DistributionAcknowledgementOverdue("d1", "u2", DUE, DUE.plusDays(1)));

        assertRoundTrips(distribution, Distribution::new);
    }
}
