package se.rjh.mtp.groups.assignment.domain;

/** The actor is not a current member of the LAG the assignment was given to; the HTTP layer answers 403. */
public class NotAGroupMemberException extends RuntimeException {
    public NotAGroupMemberException(String groupId) {
        super("Only a current member of " + groupId + " may do this.");
    }
}
