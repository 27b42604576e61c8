package se.rjh.mtp.groups.unit.domain;

/** A unit as {@link UnitDirectory} lists it for a distribution's rules. */
public record UnitEntry(String unitId, String name, String contactEmail, boolean active) {
}
