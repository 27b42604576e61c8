package se.rjh.mtp.api.devices;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * UNDER_DEVELOPMENT → RELEASED by the chair: the decided case is linked, every GSPR answered, the IVO information
 * given. The first review is due {@code nextReviewDue}.
 *
 * @param version the register version released, from 1
 */
@Revision("1")
public record InHouseDeviceReleased(
        String deviceId,
        int version,
        String caseId,
        LocalDate releasedOn,
        LocalDate nextReviewDue) {
}
