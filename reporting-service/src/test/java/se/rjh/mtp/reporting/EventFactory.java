package se.rjh.mtp.reporting;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import se.rjh.mtp.platform.eventstore.EventHashes;

/**
 * Builds domain events as the shared event store hands them to Kafka: sequence per aggregate, actor and
 * correlation id in the metadata, and the SHA-256 chain under {@code mtp.hash} / {@code mtp.prevHash}.
 */
final class EventFactory {

    private final Serializer serializer;
    private final Map<String, Long> sequences = new HashMap<>();
    private final Map<String, String> heads = new HashMap<>();

    EventFactory(Serializer serializer) {
        this.serializer = serializer;
    }

    /** The same Jackson settings as the platform's event serializer. */
    static Serializer platformLikeSerializer() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return JacksonSerializer.builder().objectMapper(mapper).build();
    }

    DomainEventMessage<?> event(String aggregateType, String aggregateId, Object payload, String actor,
                                String correlationId, Instant at) {
        long seq = sequences.merge(aggregateId, 1L, Long::sum) - 1;
        String id = UUID.randomUUID().toString();
        Map<String, Object> meta = new HashMap<>();
        meta.put("actor", actor);
        meta.put("correlationId", correlationId);
        SerializedObject<String> data = serializer.serialize(payload, String.class);
        String prev = heads.getOrDefault(aggregateId, EventHashes.GENESIS);
        String hash = EventHashes.hash(id, aggregateId, aggregateType, seq, at.toEpochMilli(), data.getType().getName(),
                data.getType().getRevision(), data.getData(), EventHashes.canonicalMetaData(meta), prev);
        heads.put(aggregateId, hash);
        Map<String, Object> withHashes = new LinkedHashMap<>(meta);
        withHashes.put(EventHashes.HASH_KEY, hash);
        withHashes.put(EventHashes.PREV_HASH_KEY, prev);
        return new GenericDomainEventMessage<>(aggregateType, aggregateId, seq, payload, withHashes, id, at);
    }
}
