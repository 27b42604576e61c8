package se.rjh.mtp.api.devices;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A corrective action decided by a review was completed. */
@Revision("1")
public record CorrectiveActionCompleted(
        String deviceId,
        String reviewId,
        String actionId,
        LocalDate completedOn,
        String note) {
}
