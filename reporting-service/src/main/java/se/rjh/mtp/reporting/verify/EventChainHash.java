package se.rjh.mtp.reporting.verify;

/**
 * The event store's hash function. Kept behind this interface until mtp-platform's {@code EventHashes} is merged;
 * then the implementation becomes one call to {@code EventHashes.hash(...)}.
 */
public interface EventChainHash {

    /** SHA-256, lower-case hex, over the canonical form of the event. */
    String hash(ChainedEvent event);
}
