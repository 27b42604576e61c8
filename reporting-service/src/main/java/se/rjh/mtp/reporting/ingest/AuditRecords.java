package se.rjh.mtp.reporting.ingest;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

/**
 * One generic audit record per event, whatever its class: nothing here knows an event type, so new or unknown
 * events never break processing. The serialized payload and metadata are kept verbatim for hash verification.
 */
public final class AuditRecords {

    /** Metadata keys of the event store's hash chain (EventHashes.HASH_KEY / PREV_HASH_KEY in mtp-platform). */
    public static final String HASH_KEY = "mtp.hash";
    public static final String PREV_HASH_KEY = "mtp.prevHash";

    private AuditRecords() {
    }

    public static Document from(EventMessage<?> message, Serializer serializer) {
        SerializedObject<String> payload = message.serializePayload(serializer, String.class);
        String payloadType = payload.getType().getName();
        Map<String, Object> metaData = new HashMap<>();
        message.getMetaData().forEach((key, value) -> metaData.put(key, plain(value)));
        Object hash = metaData.remove(HASH_KEY);
        Object prevHash = metaData.remove(PREV_HASH_KEY);
        // The event store hashed the metadata without the two hash keys, serialized by the same serializer.
        String rawMetaData = serializer.serialize(MetaData.from(metaData), String.class).getData();
        boolean domain = message instanceof DomainEventMessage;
        DomainEventMessage<?> domainMessage = domain ? (DomainEventMessage<?>) message : null;
        String service = serviceOf(payloadType);
        return new Document("_id", message.getIdentifier())
                .append("service", service)
                .append("topic", topicOf(service))
                .append("aggregateType", domain ? domainMessage.getType() : null)
                .append("aggregateId", domain ? domainMessage.getAggregateIdentifier() : message.getIdentifier())
                .append("sequence", domain ? domainMessage.getSequenceNumber() : 0L)
                .append("eventType", simpleName(payloadType))
                .append("payloadType", payloadType)
                .append("payloadRevision", payload.getType().getRevision())
                .append("timestamp", message.getTimestamp().toString())
                .append("epochMillis", message.getTimestamp().toEpochMilli())
                .append("actor", text(metaData.get("actor")))
                .append("correlationId", text(metaData.get("correlationId")))
                .append("payload", parse(payload.getData()))
                .append("hash", text(hash))
                .append("prevHash", text(prevHash))
                .append("rawPayload", payload.getData())
                .append("rawMetaData", rawMetaData);
    }

    static String simpleName(String typeName) {
        return typeName.substring(Math.max(typeName.lastIndexOf('.'), typeName.lastIndexOf('$')) + 1);
    }

    /** Kafka carries metadata values as header bytes; they were strings when the event was stored. */
    private static Object plain(Object value) {
        return value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : value;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    public static Document parse(String json) {
        String trimmed = json == null ? "" : json.trim();
        if (trimmed.startsWith("{")) {
            return Document.parse(trimmed);
        }
        return new Document("value", trimmed.isEmpty() ? null : Document.parse("{\"v\":" + trimmed + "}").get("v"));
    }

    /** The producing service, from the event's package ({@code se.rjh.mtp.api.cases...} and the like). */
    public static String serviceOf(String payloadType) {
        if (payloadType.contains(".cases.")) {
            return "case-service";
        } else if (payloadType.contains(".groups.")) {
            return "group-service";
        } else if (payloadType.contains(".guidelines.")) {
            return "guideline-service";
        }
        return "unknown";
    }

    static String topicOf(String service) {
        return switch (service) {
            case "case-service" -> "mtp.cases.events";
            case "group-service" -> "mtp.groups.events";
            case "guideline-service" -> "mtp.guidelines.events";
            default -> null;
        };
    }
}
