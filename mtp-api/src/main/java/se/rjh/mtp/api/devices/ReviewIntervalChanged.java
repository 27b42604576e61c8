package se.rjh.mtp.api.devices;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The device's review interval changed (default P12M).
 *
 * @param reviewInterval an ISO-8601 period, e.g. {@code P6M}
 * @param nextReviewDue the due date counted anew from the last release or review; null before release
 */
@Revision("1")
public record ReviewIntervalChanged(
        String deviceId,
        String reviewInterval,
        LocalDate nextReviewDue) {
}
