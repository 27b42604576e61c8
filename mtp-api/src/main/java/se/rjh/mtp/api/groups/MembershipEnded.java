package se.rjh.mtp.api.groups;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A person left a group; the history keeps that they were a member until {@code until}. */
@Revision("1")
public record MembershipEnded(String groupId, String userName, LocalDate until) {
}
