package se.rjh.mtp.api.devices;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** PROPOSED → UNDER_DEVELOPMENT. */
@Revision("1")
public record InHouseDeviceDevelopmentStarted(
        String deviceId,
        LocalDate startedOn) {
}
