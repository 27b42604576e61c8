package se.rjh.mtp.api.groups;

import org.axonframework.serialization.Revision;

/** A healthcare unit entered the register, active. {@code hsaId} is null when it is not known. */
@Revision("1")
public record UnitRegistered(String unitId, String name, String hsaId, String contactEmail) {
}
