package se.rjh.mtp.api.devices;

import java.util.Map;
import java.util.Optional;

/**
 * Where an in-house device stands: PROPOSED → UNDER_DEVELOPMENT → RELEASED → IN_USE → WITHDRAWN. Any status but
 * WITHDRAWN may be withdrawn; nothing is ever deleted. The aggregate, the register's views and reporting take the status
 * from {@link #after}, so the lifecycle is defined once.
 */
public enum InHouseDeviceStatus {
    /** Entered in the register (from a decided case or by hand), not yet being made. */
    PROPOSED,
    /** Being designed and documented. */
    UNDER_DEVELOPMENT,
    /** Released by the chair: the decided case, every GSPR and the IVO information are in place. */
    RELEASED,
    /** Used in care; listed on the public declaration. */
    IN_USE,
    /** No longer made or used; the record stays. */
    WITHDRAWN;

    /** The event type that puts a device in each status. */
    public static final Map<Class<? extends Record>, InHouseDeviceStatus> LIFECYCLE = Map.of(
            InHouseDeviceProposed.class, PROPOSED,
            InHouseDeviceDevelopmentStarted.class, UNDER_DEVELOPMENT,
            InHouseDeviceReleased.class, RELEASED,
            InHouseDeviceTakenIntoUse.class, IN_USE,
            InHouseDeviceWithdrawn.class, WITHDRAWN);

    /** The status a device has after this event; empty for events that leave it as it is. */
    public static Optional<InHouseDeviceStatus> after(Object event) {
        return Optional.ofNullable(LIFECYCLE.get(event.getClass()));
    }
}
