package se.rjh.mtp.platform.eventstore;

import java.util.List;

/** Outcome of {@link ChainVerifier#verify()}; {@code intact()} when no break was found. */
public record ChainVerificationReport(long eventsChecked, long aggregatesChecked, List<Break> breaks) {

    public ChainVerificationReport {
        breaks = List.copyOf(breaks);
    }

    public boolean intact() {
        return breaks.isEmpty();
    }

    /** What is wrong at one event. */
    public enum Kind {
        /** The stored hash does not match the event's content: the event was modified. */
        CHANGED,
        /** The aggregate's sequence has a hole before this event: a predecessor was removed. */
        REMOVED,
        /** prevHash does not point at the stored predecessor: events were re-linked or reordered. */
        REORDERED
    }

    public record Break(String aggregateId, long sequence, long globalIndex, Kind kind, String detail) {
    }
}
