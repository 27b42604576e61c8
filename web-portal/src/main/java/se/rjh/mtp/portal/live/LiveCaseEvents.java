package se.rjh.mtp.portal.live;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Case events as they are published ({@code mtp.cases.events}), handed to whoever watches that case: the open pages'
 * event streams. A plain consumer in a group of its own per portal instance (every instance must see every event),
 * reading from the newest on and committing nothing: a page that missed an event was rendered after it anyway, or
 * reads the case again when it connects. Only the case id (the record key, as case-service publishes it) and the
 * event's sequence number are read, never the event itself, so nothing secret passes through here.
 */
public class LiveCaseEvents implements SmartLifecycle {

    /** The header in which case-service's publisher puts the event's sequence number in its aggregate. */
    static final String SEQUENCE_HEADER = "axon-message-aggregate-seq";
    private static final Logger log = LoggerFactory.getLogger(LiveCaseEvents.class);

    /** What {@link #watch} takes to hear of every case's events (the work list's stream). */
    public static final String EVERY_CASE = "*";

    private final LiveProperties properties;
    private final Map<String, Set<Watcher>> watchers = new ConcurrentHashMap<>();
    private volatile KafkaConsumer<String, Void> consumer;
    private volatile Thread thread;
    private volatile boolean running;

    public LiveCaseEvents(LiveProperties properties) {
        this.properties = properties;
    }

    /** One open page's event stream, called on the consumer's thread. */
    public interface Watcher {
        /** An event of the watched case (for {@link #EVERY_CASE}: of any case) with this sequence number. */
        void changed(String caseId, long sequence);

        /**
         * Every {@link LiveProperties#heartbeat()} while the stream is open: writing something is the only way to
         * learn that a page has gone (its connection closed), so that its stream ends now instead of at its timeout.
         */
        void idle();

        /** The portal stops: end the stream, the page connects again to the next instance. */
        void closed();
    }

    /**
     * Calls {@code watcher} for each event of this case ({@link #EVERY_CASE}: of every case) from now on, on the
     * consumer's thread; closing the result stops it.
     */
    public AutoCloseable watch(String caseId, Watcher watcher) {
        watchers.computeIfAbsent(caseId, id -> new CopyOnWriteArraySet<>()).add(watcher);
        return () -> watchers.computeIfPresent(caseId, (id, set) -> {
            set.remove(watcher);
            return set.isEmpty() ? null : set;
        });
    }

    void dispatch(String caseId, long sequence) {
        if (caseId == null) {
            return;
        }
        for (String key : new String[] {caseId, EVERY_CASE}) {
            Set<Watcher> watching = watchers.get(key);
            if (watching != null) {
                watching.forEach(watcher -> watcher.changed(caseId, sequence));
            }
        }
    }

    private void everyWatcher(Consumer<Watcher> call) {
        watchers.values().forEach(set -> set.forEach(call));
    }

    /** How long one page's event stream stays open before the page connects again. */
    public Duration streamTimeout() {
        return properties.streamTimeout();
    }

    @Override
    public synchronized void start() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, properties.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "web-portal-live-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // Small fetches: a case event is a few kilobytes, and the defaults (50 MB per fetch) are sized for throughput.
        config.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 1024 * 1024);
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 256 * 1024);
        // The event itself is never read (see above): its bytes are dropped as they arrive.
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), (Deserializer<Void>) (topic, data) -> null);
        running = true;
        thread = new Thread(this::run, "live-case-events");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try (KafkaConsumer<String, Void> kafka = consumer) {
            kafka.subscribe(java.util.List.of(properties.topic()));
            long nextBeat = System.nanoTime() + properties.heartbeat().toNanos();
            while (running) {
                try {
                    if (System.nanoTime() - nextBeat >= 0) {
                        everyWatcher(Watcher::idle);
                        nextBeat = System.nanoTime() + properties.heartbeat().toNanos();
                    }
                    for (ConsumerRecord<String, Void> record : kafka.poll(Duration.ofSeconds(1))) {
                        Long sequence = sequence(record);
                        if (sequence != null) {
                            dispatch(record.key(), sequence);
                        }
                    }
                } catch (WakeupException stop) {
                    return;
                } catch (KafkaException e) {
                    // The client reconnects by itself; live updates are a convenience, never a reason to stop.
                    log.warn("Live case events: {}", e.toString());
                }
            }
        }
    }

    private static Long sequence(ConsumerRecord<String, Void> record) {
        Header header = record.headers().lastHeader(SEQUENCE_HEADER);
        if (header == null || header.value() == null) {
            return null;
        }
        byte[] value = header.value();
        return switch (value.length) {
            case Long.BYTES -> ByteBuffer.wrap(value).getLong();
            case Integer.BYTES -> (long) ByteBuffer.wrap(value).getInt();
            default -> null;
        };
    }

    @Override
    public synchronized void stop() {
        running = false;
        // Before the web server's graceful shutdown, which would otherwise wait for every open stream.
        everyWatcher(Watcher::closed);
        watchers.clear();
        if (consumer != null) {
            consumer.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
