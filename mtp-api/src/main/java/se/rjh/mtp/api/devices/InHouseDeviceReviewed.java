package se.rjh.mtp.api.devices;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The review of the experience from clinical use (Art. 5(5)(h) MDR, (i) IVDR) was recorded, with the corrective
 * actions it decided.
 *
 * @param nextReviewDue the next review, {@code reviewedOn} + the device's interval
 */
@Revision("1")
public record InHouseDeviceReviewed(
        String deviceId,
        String reviewId,
        ReviewFindings findings,
        List<CorrectiveAction> correctiveActions,
        LocalDate reviewedOn,
        LocalDate nextReviewDue) {
}
