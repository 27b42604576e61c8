package se.rjh.mtp.reporting.ingest;

import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import se.rjh.mtp.api.common.MetadataKeys;
import se.rjh.mtp.api.common.Topics;
import se.rjh.mtp.platform.eventstore.EventHashes;

/**
 * One generic audit record per event, whatever its class: nothing here knows an event type, so new or unknown
 * events never break processing. The serialized payload and metadata are kept verbatim for hash verification.
 */
public final class AuditRecords {

    private static final Set<String> HASH_KEYS = Set.of(EventHashes.HASH_KEY, EventHashes.PREV_HASH_KEY);

    private AuditRecords() {
    }

    public static Document from(EventMessage<?> message, Serializer serializer) {
        SerializedObject<String> payload = message.serializePayload(serializer, String.class);
        String payloadType = payload.getType().getName();
        MetaData all = message.getMetaData();
        // Kept as readable JSON without the two hash keys; verification turns it into EventHashes' canonical form,
        // which does not depend on map order or value types, so it survives the trip through Kafka headers.
        MetaData hashed = all.withoutKeys(HASH_KEYS);
        String rawMetaData = serializer.serialize(hashed, String.class).getData();
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
                .append(MetadataKeys.ACTOR, text(hashed.get(MetadataKeys.ACTOR)))
                .append(MetadataKeys.CORRELATION_ID, text(hashed.get(MetadataKeys.CORRELATION_ID)))
                .append("payload", parse(payload.getData()))
                .append("hash", text(all.get(EventHashes.HASH_KEY)))
                .append("prevHash", text(all.get(EventHashes.PREV_HASH_KEY)))
                .append("rawPayload", payload.getData())
                .append("rawMetaData", rawMetaData);
    }

    static String simpleName(String typeName) {
        return typeName.substring(Math.max(typeName.lastIndexOf('.'), typeName.lastIndexOf('$')) + 1);
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
        } else if (payloadType.contains(".groups.") || payloadType.contains(".devices.")) {
            // The register of in-house devices is a module of group-service (its events on mtp.groups.events).
            return "group-service";
        } else if (payloadType.contains(".guidelines.")) {
            return "guideline-service";
        }
        return "unknown";
    }

    /** The writing services whose events are recorded here, each with its topic in {@link #topicOf}. */
    public static final List<String> SOURCE_SERVICES = List.of("case-service", "group-service", "guideline-service");

    /** Whether the name is one of the writing services whose events are recorded here. */
    public static boolean isSourceService(String service) {
        return SOURCE_SERVICES.contains(service);
    }

    static String topicOf(String service) {
        return switch (service) {
            case "case-service" -> Topics.CASES;
            case "group-service" -> Topics.GROUPS;
            case "guideline-service" -> Topics.GUIDELINES;
            default -> null;
        };
    }
}
