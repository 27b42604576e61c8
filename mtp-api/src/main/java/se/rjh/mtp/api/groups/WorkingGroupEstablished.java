package se.rjh.mtp.api.groups;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A working group was set up. {@code parentGroupId} is the LSG for a LAG and null for the LSG itself. */
@Revision("1")
public record WorkingGroupEstablished(
        String groupId,
        String name,
        GroupKind kind,
        String mandate,
        String parentGroupId,
        LocalDate establishedOn) {
}
