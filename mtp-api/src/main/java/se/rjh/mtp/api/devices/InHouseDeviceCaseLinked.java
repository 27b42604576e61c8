package se.rjh.mtp.api.devices;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The decided IN_HOUSE_MANUFACTURING case that allows the device (needed for release). */
@Revision("1")
public record InHouseDeviceCaseLinked(
        String deviceId,
        String caseId,
        String caseNumber,
        LocalDate decidedOn) {
}
