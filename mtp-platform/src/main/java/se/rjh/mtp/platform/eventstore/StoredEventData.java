package se.rjh.mtp.platform.eventstore;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;

/** Axon's view of a {@link StoredEvent}: domain data, with the hashes spliced into the metadata. */
record StoredEventData(StoredEvent event) implements DomainEventData<String>, StoredEventView {

    @Override
    public String getType() {
        return event.type();
    }

    @Override
    public String getAggregateIdentifier() {
        return event.aggregateIdentifier();
    }

    @Override
    public long getSequenceNumber() {
        return event.sequenceNumber();
    }

    /** Plain (non-aggregate) tracked event: deliberately not {@link DomainEventData}, so Axon reads it back as such. */
    record Plain(TrackingToken trackingToken, StoredEvent event) implements TrackedEventData<String>, StoredEventView {
    }
}
