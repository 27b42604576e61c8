package se.rjh.mtp.api.groups;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A working group ceased; its members' memberships end on the same day. */
@Revision("1")
public record WorkingGroupDissolved(String groupId, LocalDate dissolvedOn, String reason) {
}
