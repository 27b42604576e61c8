package se.rjh.mtp.api.devices;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The review due date passed without a review. Raised once per due date, by the deadline scan. */
@Revision("1")
public record InHouseDeviceReviewOverdue(
        String deviceId,
        LocalDate dueDate,
        LocalDate detectedOn) {
}
