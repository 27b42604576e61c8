package se.rjh.mtp.api.devices;

/**
 * Where an in-house device stands: PROPOSED → UNDER_DEVELOPMENT → RELEASED → IN_USE → WITHDRAWN. Any status but
 * WITHDRAWN may be withdrawn; nothing is ever deleted.
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
    WITHDRAWN
}
