package se.rjh.mtp.api.devices;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A device entered the register, PROPOSED: by hand, or because an IN_HOUSE_MANUFACTURING case was decided (then a
 * {@link InHouseDeviceCaseLinked} follows in the same commit).
 *
 * @param responsibleUnitId the unit responsible as manufacturer, null when the case did not say
 */
@Revision("1")
public record InHouseDeviceProposed(
        String deviceId,
        String name,
        DeviceKind kind,
        String intendedPurpose,
        String responsibleUnitId,
        LocalDate proposedOn) {
}
