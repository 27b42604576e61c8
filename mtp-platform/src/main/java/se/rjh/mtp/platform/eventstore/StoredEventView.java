package se.rjh.mtp.platform.eventstore;

import org.axonframework.eventhandling.EventData;
import org.axonframework.serialization.SerializedMetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;

import java.time.Instant;

/** What every view of a stored event reads from it alike: id, time, metadata with the hashes, and payload. */
interface StoredEventView extends EventData<String> {

    StoredEvent event();

    @Override
    default String getEventIdentifier() {
        return event().eventIdentifier();
    }

    @Override
    default Instant getTimestamp() {
        return event().timestamp();
    }

    @Override
    default SerializedObject<String> getMetaData() {
        return new SerializedMetaData<>(event().metaDataWithHashes(), String.class);
    }

    @Override
    default SerializedObject<String> getPayload() {
        StoredEvent event = event();
        return new SimpleSerializedObject<>(event.payload(), String.class, event.payloadType(),
                                            event.payloadRevision());
    }
}
