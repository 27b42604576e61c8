package se.rjh.mtp.groups.register.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static se.rjh.mtp.groups.SnapshotRoundTrip.assertRoundTrips;
import static se.rjh.mtp.groups.register.domain.RegisterFixtures.ID;
import static se.rjh.mtp.groups.register.domain.RegisterFixtures.RELEASED_ON;
import static se.rjh.mtp.groups.register.domain.RegisterFixtures.inUse;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.api.common.NotificationKind;
import se.rjh.mtp.api.common.NotificationSent;
import se.rjh.mtp.api.devices.CorrectiveAction;
import se.rjh.mtp.api.devices.CorrectiveActionCompleted;
import se.rjh.mtp.api.devices.InHouseDeviceNumberAllocated;
import se.rjh.mtp.api.devices.InHouseDeviceReviewOverdue;
import se.rjh.mtp.api.devices.InHouseDeviceReviewed;
import se.rjh.mtp.api.devices.IncidentLinkedToInHouseDevice;
import se.rjh.mtp.api.devices.ReviewConclusion;
import se.rjh.mtp.api.devices.ReviewFindings;

/**
 * A snapshot is the aggregate's private fields written by the platform's snapshot serializer; it must load back to
 * the same state, or a snapshotted device would answer its rules differently after a restart.
 */
class InHouseDeviceSnapshotTest {

    @Test
    void aDeviceInUseWithReviewsActionsIncidentsAndMailRoundTrips() {
        InHouseDevice device = new InHouseDevice();
        for (Object event : inUse(
                new IncidentLinkedToInHouseDevice(ID, "case-9", "MTP/9/2026", null, RELEASED_ON.plusDays(30),
                        RELEASED_ON.plusDays(44)),
                new InHouseDeviceReviewOverdue(ID, RELEASED_ON.plusDays(44), RELEASED_ON.plusDays(45)),
                new InHouseDeviceReviewed(ID, "r1", new ReviewFindings(RELEASED_ON, RELEASED_ON.plusDays(50), "Bra",
                        null, null, false, "Sökt", ReviewConclusion.WITHDRAW),
                        List.of(new CorrectiveAction("r1-1", "Byt", "A", RELEASED_ON.plusDays(60)),
                                new CorrectiveAction("r1-2", "Utbilda", "B", RELEASED_ON.plusDays(60))),
                        RELEASED_ON.plusDays(50), RELEASED_ON.plusDays(415)),
                new CorrectiveActionCompleted(ID, "r1", "r1-1", RELEASED_ON.plusDays(55), null),
                new NotificationSent(ID, NotificationKind.IN_HOUSE_DEVICE_REVIEW_OVERDUE, "lsg@example.se",
                        "Ämne", Instant.parse("2026-06-01T08:00:00Z"), "event-1"))) {
            apply(device, event);
        }

        assertRoundTrips(device, InHouseDevice::new);
    }

    /** The series' state lives in its shared base; a snapshot keeps the same fields, so stored ones still load. */
    @Test
    void theNumberSeriesRoundTripsWithItsRequestKeys() {
        InHouseDeviceNumberSeries series = new InHouseDeviceNumberSeries();
        series.on(new InHouseDeviceNumberAllocated(InHouseDeviceNumberSeries.SERIES_ID, 4, "EGT-4", "case-4"));

        assertThat(assertRoundTrips(series, InHouseDeviceNumberSeries::new)).contains("\"seriesId\":\"EGT\"",
                "\"lastNumber\":4", "\"idsByRequest\":{\"case-4\":\"EGT-4\"}");
    }

    /** Calls the aggregate's event-sourcing handler for the event's type, as Axon does on replay. */
    private static void apply(InHouseDevice device, Object event) {
        try {
            var handler = InHouseDevice.class.getDeclaredMethod("on", event.getClass());
            handler.setAccessible(true);
            handler.invoke(device, event);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("No handler for " + event.getClass().getSimpleName(), e);
        }
    }
}
