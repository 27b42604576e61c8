package se.rjh.mtp.api.devices;

import org.axonframework.serialization.Revision;

/**
 * The device's description was recorded or changed; the whole description, replacing the earlier one. On a
 * RELEASED or IN_USE device an {@link InHouseDeviceRevised} follows in the same commit.
 */
@Revision("1")
public record InHouseDeviceDescribed(
        String deviceId,
        InHouseDeviceDescription description) {
}
