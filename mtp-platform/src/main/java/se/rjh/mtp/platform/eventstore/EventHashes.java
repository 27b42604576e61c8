package se.rjh.mtp.platform.eventstore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical hash of a stored event, shared by the event store, the {@link ChainVerifier} and any consumer that
 * wants to recompute a chain (e.g. from events received over Kafka, where the hashes travel in the metadata under
 * {@link #HASH_KEY} and {@link #PREV_HASH_KEY}).
 * <p>
 * Canonical form: every field as {@code <length>:<value>\n} (null as {@code -1:\n}) in the order of the
 * {@link #hash} parameters, so no field boundary is ambiguous. {@code <length>} is the number of UTF-16 code units
 * (Java's {@code String.length()}; equal to the character count unless the value holds characters outside the Basic
 * Multilingual Plane, which count twice), in decimal; the hash is SHA-256 over the UTF-8 bytes of the whole form,
 * written as 64 lower-case hex digits. The fields, in order: event id, aggregate id (for a non-aggregate event: its
 * event id), aggregate type (null for a non-aggregate event), sequence number (decimal; 0 for a non-aggregate event),
 * timestamp in epoch milliseconds (decimal), payload type, payload revision (may be null), payload (the serialized
 * text as stored and published), canonical metadata (below), previous hash ({@link #GENESIS} for sequence 0 and for
 * non-aggregate events). This form is frozen: stored hashes depend on it.
 * <p>
 * The previous hash is part of the input, which makes it a real chain: changing or re-linking any event changes every
 * later hash of that aggregate. The timestamp enters at millisecond precision because that is what transports such as
 * Kafka headers carry. The metadata enters in the form of {@link #canonicalMetaData}: entries sorted by key (Java's
 * {@code String} order, i.e. by UTF-16 code units), without the two {@code mtp.*} keys, each key and then its value as
 * text in the same {@code <length>:<value>\n} form, concatenated; that whole string is then one field. Kafka headers
 * carry metadata values as text and in no particular order, so a consumer can rebuild exactly this form from what it
 * receives; a serialized JSON string could not be rebuilt reliably (map order, value types).
 */
public final class EventHashes {

    /** Metadata key under which a read event carries its own hash. */
    public static final String HASH_KEY = "mtp.hash";
    /** Metadata key under which a read event carries the hash of its aggregate predecessor. */
    public static final String PREV_HASH_KEY = "mtp.prevHash";
    /** prevHash of the first event of every aggregate, and of every non-aggregate event. */
    public static final String GENESIS = "0".repeat(64);

    private EventHashes() {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Metadata in canonical form: entries sorted by key, each key and value (as text) length-prefixed. */
    public static String canonicalMetaData(Map<String, ?> metaData) {
        StringBuilder canonical = new StringBuilder();
        new TreeMap<>(metaData).forEach((key, value) -> {
            if (!HASH_KEY.equals(key) && !PREV_HASH_KEY.equals(key)) {
                append(canonical, key);
                append(canonical, value == null ? null : String.valueOf(value));
            }
        });
        return canonical.toString();
    }

    /** The same canonical form for metadata kept as a JSON object (as the event store and read models keep it). */
    public static String canonicalMetaDataJson(String json) {
        if (json == null || json.isBlank()) {
            return canonicalMetaData(Map.of());
        }
        try {
            return canonicalMetaData(JSON.readValue(json, new TypeReference<Map<String, Object>>() { }));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Metadata is not a JSON object", e);
        }
    }

    /**
     * SHA-256 (lower-case hex) over the canonical form of the given event fields; {@code metaData} is the
     * {@link #canonicalMetaData canonical metadata}.
     */
    public static String hash(String eventIdentifier, String aggregateIdentifier, String aggregateType,
                              long sequenceNumber, long timestampEpochMillis, String payloadType,
                              String payloadRevision, String payload, String metaData, String prevHash) {
        StringBuilder canonical = new StringBuilder(256 + length(payload) + length(metaData));
        append(canonical, eventIdentifier);
        append(canonical, aggregateIdentifier);
        append(canonical, aggregateType);
        append(canonical, Long.toString(sequenceNumber));
        append(canonical, Long.toString(timestampEpochMillis));
        append(canonical, payloadType);
        append(canonical, payloadRevision);
        append(canonical, payload);
        append(canonical, metaData);
        append(canonical, prevHash);
        return HexFormat.of().formatHex(sha256().digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether the text has the form of a hash: 64 lower-case hex digits. */
    public static boolean isHash(String value) {
        return value != null && value.length() == 64
                && value.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }

    private static void append(StringBuilder sb, String value) {
        if (value == null) {
            sb.append("-1:\n");
        } else {
            sb.append(value.length()).append(':').append(value).append('\n');
        }
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is mandatory in every JRE", e);
        }
    }
}
