package se.rjh.mtp.api.devices;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** RELEASED → IN_USE: from now on the device is on the public declaration. */
@Revision("1")
public record InHouseDeviceTakenIntoUse(
        String deviceId,
        int version,
        LocalDate inUseFrom) {
}
