package se.rjh.mtp.api.common;

/**
 * The actor's role allows the action in general, but not on this thing: not a member of the group, not the case's
 * officer, the author approving their own version. Answered with 403, like a role the action needs but the actor
 * lacks.
 */
public class ActionNotPermittedException extends DomainException {

    public ActionNotPermittedException(String reason) {
        super(403, "Forbidden", reason);
    }
}
