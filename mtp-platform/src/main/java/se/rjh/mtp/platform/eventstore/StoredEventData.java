package se.rjh.mtp.platform.eventstore;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedMetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;

import java.time.Instant;

/** Axon's view of a {@link StoredEvent}: domain data, with the hashes spliced into the metadata. */
record StoredEventData(StoredEvent event) implements DomainEventData<String> {

    @Override
    public String getEventIdentifier() {
        return event.eventIdentifier();
    }

    @Override
    public Instant getTimestamp() {
        return event.timestamp();
    }

    @Override
    public SerializedObject<String> getMetaData() {
        return serializedMetaData(event);
    }

    @Override
    public SerializedObject<String> getPayload() {
        return serializedPayload(event);
    }

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

    static SerializedObject<String> serializedMetaData(StoredEvent event) {
        return new SerializedMetaData<>(event.metaDataWithHashes(), String.class);
    }

    static SerializedObject<String> serializedPayload(StoredEvent event) {
        return new SimpleSerializedObject<>(event.payload(), String.class, event.payloadType(),
                                            event.payloadRevision());
    }

    /** Plain (non-aggregate) tracked event: deliberately not {@link DomainEventData}, so Axon reads it back as such. */
    record Plain(TrackingToken trackingToken, StoredEvent event) implements TrackedEventData<String> {

        @Override
        public String getEventIdentifier() {
            return event.eventIdentifier();
        }

        @Override
        public Instant getTimestamp() {
            return event.timestamp();
        }

        @Override
        public SerializedObject<String> getMetaData() {
            return serializedMetaData(event);
        }

        @Override
        public SerializedObject<String> getPayload() {
            return serializedPayload(event);
        }
    }
}
