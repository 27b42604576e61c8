package se.rjh.mtp.reporting.verify;

/** The fields of an event that its chain hash covers, in the event store's canonical order. */
public record ChainedEvent(String eventIdentifier, String aggregateIdentifier, String aggregateType,
                           long sequenceNumber, long timestampEpochMillis, String payloadType, String payloadRevision,
                           String payload, String metaData, String prevHash) {
}
