package se.rjh.mtp.api.devices;

import org.axonframework.serialization.Revision;

/**
 * The register's number series gave out its next id {@code EGT-<n>}. Stored together with the device's
 * {@link InHouseDeviceProposed}, so a number is never given out without its device (gap-free).
 *
 * @param requestKey what asked for the number when it must be asked only once (the deciding case's id), else null
 */
@Revision("1")
public record InHouseDeviceNumberAllocated(
        String seriesId,
        long number,
        String deviceId,
        String requestKey) {
}
