package se.rjh.mtp.system.auditor;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.bson.Document;

/**
 * Compares a service's event store with its Kafka topic, and recomputes every hash and every previous-hash link from
 * the Kafka records alone. Uses nothing of the project's code: the store's layout (one document per commit in
 * {@code events}, its events under {@code events} with the event id in {@code id} and the stored hash in {@code h}),
 * the Axon Kafka extension's headers ({@code axon-message-*}, metadata as {@code axon-metadata-<key>} in UTF-8, the
 * timestamp and aggregate sequence as 8-byte big-endian numbers) and the canonical form documented in the platform's
 * {@code EventHashes} are all it relies on, and it states them here again on purpose.
 */
public final class EventAuditor {

    private static final String GENESIS = "0".repeat(64);
    private static final String HASH_KEY = "mtp.hash";
    private static final String PREV_HASH_KEY = "mtp.prevHash";
    private static final String METADATA_PREFIX = "axon-metadata-";

    private EventAuditor() {
    }

    /** What the audit found. Every list and map is empty for a store and topic that agree. */
    public record Report(int storedEvents, int records, Set<String> missing, Set<String> extra,
                         Map<String, Integer> duplicates, List<String> mismatches) {

        public String summary() {
            return "%d stored events, %d records: %d missing, %d extra, %d ids more than once, %d mismatches%s".formatted(
                    storedEvents, records, missing.size(), extra.size(), duplicates.size(), mismatches.size(),
                    mismatches.isEmpty() ? "" : "; first: " + mismatches.get(0));
        }
    }

    /** One record on the topic, as the auditor reads it. */
    private record Published(String where, String id, String aggregateId, String aggregateType, long sequence,
                             Long timestamp, String payloadType, String revision, String payload,
                             Map<String, String> metaData, String hash, String prevHash) {
    }

    /**
     * For an auditor at a terminal: {@code <mongo uri> <database> <bootstrap servers> <topic>}, e.g. {@code
     * mongodb://127.0.0.1:27017 mtp-cases 127.0.0.1:9092 mtp.cases.events}. Prints the summary and every finding;
     * exits with 1 when anything is missing, extra or mismatched.
     */
    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: EventAuditor <mongo uri> <database> <bootstrap servers> <topic>");
            System.exit(2);
        }
        Report report = audit(args[0], args[1], args[2], args[3]);
        System.out.println(report.summary());
        report.missing().forEach(id -> System.out.println("missing on the topic: " + id));
        report.extra().forEach(id -> System.out.println("not in the store: " + id));
        report.duplicates().forEach((id, n) -> System.out.println("published " + n + " times: " + id));
        report.mismatches().forEach(m -> System.out.println("mismatch: " + m));
        boolean clean = report.missing().isEmpty() && report.extra().isEmpty() && report.mismatches().isEmpty();
        System.exit(clean ? 0 : 1);
    }

    public static Report audit(String mongoUri, String database, String bootstrapServers, String topic) {
        Map<String, String> storedHashes = storedHashes(mongoUri, database);
        List<Published> published = read(bootstrapServers, topic);

        Map<String, Integer> counts = new TreeMap<>();
        Map<String, Published> byId = new LinkedHashMap<>();
        List<String> mismatches = new ArrayList<>();
        for (Published p : published) {
            counts.merge(p.id(), 1, Integer::sum);
            Published first = byId.putIfAbsent(p.id(), p);
            if (first != null && !Objects.equals(first.hash(), p.hash())) {
                mismatches.add(p.where() + " " + p.id() + ": published again with another hash");
            }
            String problem = recomputationProblem(p);
            if (problem != null) {
                mismatches.add(p.where() + " " + p.id() + ": " + problem);
            }
            String stored = storedHashes.get(p.id());
            if (stored != null && !stored.equals(p.hash())) {
                mismatches.add(p.where() + " " + p.id() + ": the store holds hash " + stored + ", the topic " + p.hash());
            }
        }
        mismatches.addAll(brokenLinks(byId.values()));

        Set<String> missing = new TreeSet<>(storedHashes.keySet());
        missing.removeAll(byId.keySet());
        Set<String> extra = new TreeSet<>(byId.keySet());
        extra.removeAll(storedHashes.keySet());
        Map<String, Integer> duplicates = new TreeMap<>();
        counts.forEach((id, n) -> {
            if (n > 1) {
                duplicates.put(id, n);
            }
        });
        return new Report(storedHashes.size(), published.size(), missing, extra, duplicates, mismatches);
    }

    /** Event id → stored hash, for every event in every (non-void) commit of the service's event store. */
    private static Map<String, String> storedHashes(String mongoUri, String database) {
        Map<String, String> hashes = new HashMap<>();
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(mongoUri))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(5, TimeUnit.SECONDS))
                .build();
        try (MongoClient client = MongoClients.create(settings)) {
            for (Document commit : client.getDatabase(database).getCollection("events").find()) {
                for (Document event : commit.getList("events", Document.class, List.of())) {
                    hashes.put(event.getString("id"), event.getString("h"));
                }
            }
        }
        return hashes;
    }

    /** Every record on the topic up to its end offsets when reading starts, from the beginning, no consumer group. */
    private static List<Published> read(String bootstrapServers, String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        List<Published> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Instant giveUp = Instant.now().plusSeconds(120);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (Instant.now().isAfter(giveUp)) {
                    throw new IllegalStateException("Could not read " + topic + " to its end");
                }
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    records.add(published(r));
                }
            }
        }
        return records;
    }

    private static Published published(ConsumerRecord<byte[], byte[]> r) {
        Headers headers = r.headers();
        Map<String, String> metaData = new TreeMap<>();
        for (Header h : headers) {
            if (h.key().startsWith(METADATA_PREFIX)) {
                metaData.put(h.key().substring(METADATA_PREFIX.length()), text(h.value()));
            }
        }
        String id = text(headers, "axon-message-id");
        String aggregateId = text(headers, "axon-message-aggregate-id");
        Long sequence = number(headers, "axon-message-aggregate-seq");
        return new Published(r.topic() + "/" + r.partition() + "@" + r.offset(), id,
                aggregateId == null ? id : aggregateId, text(headers, "axon-message-aggregate-type"),
                sequence == null ? 0 : sequence, number(headers, "axon-message-timestamp"),
                text(headers, "axon-message-type"), text(headers, "axon-message-revision"),
                r.value() == null ? null : new String(r.value(), StandardCharsets.UTF_8), metaData,
                metaData.get(HASH_KEY), metaData.get(PREV_HASH_KEY));
    }

    /** Why the record's hash cannot be confirmed, or null when the recomputed hash is the one it carries. */
    private static String recomputationProblem(Published p) {
        if (p.id() == null) {
            return "no event id header";
        }
        if (p.timestamp() == null) {
            return "no timestamp header: the hash cannot be recomputed";
        }
        if (p.hash() == null || p.prevHash() == null) {
            return "no " + HASH_KEY + " or " + PREV_HASH_KEY + " header: the hash cannot be recomputed";
        }
        String recomputed = hash(p.id(), p.aggregateId(), p.aggregateType(), p.sequence(), p.timestamp(),
                p.payloadType(), p.revision(), p.payload(), canonicalMetaData(p.metaData()), p.prevHash());
        return recomputed.equals(p.hash()) ? null : "recomputed hash " + recomputed + " differs from " + p.hash();
    }

    /**
     * Per aggregate, in sequence order: sequences 0, 1, 2 ... without a gap, the first linked to the genesis hash and
     * each later one to its predecessor's hash. An event without an aggregate links to the genesis hash.
     */
    private static List<String> brokenLinks(Iterable<Published> distinct) {
        Map<String, List<Published>> byAggregate = new HashMap<>();
        for (Published p : distinct) {
            byAggregate.computeIfAbsent(p.aggregateId(), k -> new ArrayList<>()).add(p);
        }
        List<String> broken = new ArrayList<>();
        byAggregate.forEach((aggregate, events) -> {
            events.sort(Comparator.comparingLong(Published::sequence));
            String previous = GENESIS;
            long expected = 0;
            for (Published p : events) {
                if (p.sequence() != expected) {
                    broken.add("aggregate " + aggregate + ": sequence " + p.sequence() + " where " + expected
                            + " was expected");
                }
                if (!previous.equals(p.prevHash())) {
                    broken.add(p.where() + " " + p.id() + ": links to " + p.prevHash() + ", its predecessor's hash is "
                            + previous);
                }
                previous = String.valueOf(p.hash());
                expected = p.sequence() + 1;
            }
        });
        return broken;
    }

    /** The metadata field: entries by key in String order, without the two hash keys, each key and value framed. */
    private static String canonicalMetaData(Map<String, String> metaData) {
        StringBuilder canonical = new StringBuilder();
        new TreeMap<>(metaData).forEach((key, value) -> {
            if (!HASH_KEY.equals(key) && !PREV_HASH_KEY.equals(key)) {
                frame(canonical, key);
                frame(canonical, value);
            }
        });
        return canonical.toString();
    }

    /** SHA-256, lower-case hex, over the UTF-8 bytes of the ten fields, each framed as {@code <length>:<value>\n}. */
    private static String hash(String eventId, String aggregateId, String aggregateType, long sequence,
                               long epochMillis, String payloadType, String revision, String payload,
                               String metaData, String prevHash) {
        StringBuilder canonical = new StringBuilder();
        for (String field : new String[] {eventId, aggregateId, aggregateType, Long.toString(sequence),
                Long.toString(epochMillis), payloadType, revision, payload, metaData, prevHash}) {
            frame(canonical, field);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code <UTF-16 length>:<value>\n}, null as {@code -1:\n}. */
    private static void frame(StringBuilder sb, String value) {
        if (value == null) {
            sb.append("-1:\n");
        } else {
            sb.append(value.length()).append(':').append(value).append('\n');
        }
    }

    private static String text(Headers headers, String key) {
        Header h = headers.lastHeader(key);
        return h == null ? null : text(h.value());
    }

    private static String text(byte[] value) {
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    private static Long number(Headers headers, String key) {
        Header h = headers.lastHeader(key);
        return h == null || h.value() == null || h.value().length != Long.BYTES ? null : ByteBuffer.wrap(h.value()).getLong();
    }
}
