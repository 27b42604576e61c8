package se.rjh.mtp.api.groups;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A person became a member of a group, or took a new role in it (the earlier membership then ends the same day).
 *
 * @param userName the person's login, as the platform knows them
 * @param name     the person's name as shown to people
 * @param unit     the person's unit (verksamhet/enhet)
 */
@Revision("1")
public record MemberAppointed(
        String groupId,
        String userName,
        String name,
        MemberRole role,
        String unit,
        LocalDate from) {
}
