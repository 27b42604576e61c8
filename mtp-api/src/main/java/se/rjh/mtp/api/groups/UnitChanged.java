package se.rjh.mtp.api.groups;

import org.axonframework.serialization.Revision;

/** The unit's name, HSA-id or contact e-mail was changed; every field holds its value after the change. */
@Revision("1")
public record UnitChanged(String unitId, String name, String hsaId, String contactEmail, String reason) {
}
