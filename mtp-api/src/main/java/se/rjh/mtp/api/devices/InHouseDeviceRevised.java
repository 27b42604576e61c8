package se.rjh.mtp.api.devices;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A released or in-use device was changed: a new register version with its change-log entry. Follows the change
 * event(s) in the same commit; who changed it is in the metadata.
 */
@Revision("1")
public record InHouseDeviceRevised(
        String deviceId,
        int version,
        String changeNote,
        LocalDate revisedOn) {
}
