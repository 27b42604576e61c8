package se.rjh.mtp.api.devices;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The device was withdrawn (by the chair): no longer made or used. The record and its history stay.
 *
 * @param reviewId the review that concluded WITHDRAW, if the withdrawal follows one
 */
@Revision("1")
public record InHouseDeviceWithdrawn(
        String deviceId,
        InHouseDeviceStatus previousStatus,
        LocalDate withdrawnOn,
        String reason,
        String transitionPlan,
        String reviewId) {
}
