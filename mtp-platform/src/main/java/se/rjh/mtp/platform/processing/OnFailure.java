package se.rjh.mtp.platform.processing;

/** What a processing group does when one of its event handlers throws. */
public enum OnFailure {
    /**
     * Stop at the event and retry it with back-off until it succeeds; everything behind it waits. Always the
     * Kafka publisher's policy, which must deliver in order.
     */
    PROPAGATE,
    /** Log the failure and go on with the next event (Axon's own default); the event is lost for this group. */
    LOG,
    /**
     * Park the event, and later events of the same aggregate behind it, in the group's dead-letter queue; other
     * aggregates go on, and an operator retries or evicts it. The default for every group but the Kafka publisher:
     * one bad event neither stops the rest nor is silently skipped.
     */
    DEAD_LETTER
}
