package se.rjh.mtp.api.groups;

import org.axonframework.serialization.Revision;

/** The unit gets no new distributions; those already sent to it can still be acknowledged. */
@Revision("1")
public record UnitDeactivated(String unitId, String reason) {
}
