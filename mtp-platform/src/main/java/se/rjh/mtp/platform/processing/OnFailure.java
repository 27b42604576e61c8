package se.rjh.mtp.platform.processing;

/** What a processing group does when one of its event handlers throws. */
public enum OnFailure {
    /** Stop at the event and retry it with back-off until it succeeds: a read model never skips an event. */
    PROPAGATE,
    /** Log the failure and go on with the next event (Axon's own default); the event is lost for this group. */
    LOG,
    /**
     * Park the event, and later events of the same aggregate behind it, in the group's dead-letter queue; other
     * aggregates go on. For events from other services, where one bad event must not stop the rest.
     */
    DEAD_LETTER
}
