package se.rjh.mtp.api.devices;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * An incident case named this device by its register id: the incident is linked and the review becomes due early.
 *
 * @param nextReviewDue the (earlier) due date of the next review
 */
@Revision("1")
public record IncidentLinkedToInHouseDevice(
        String deviceId,
        String caseId,
        String caseNumber,
        LocalDate eventDate,
        LocalDate linkedOn,
        LocalDate nextReviewDue) {
}
