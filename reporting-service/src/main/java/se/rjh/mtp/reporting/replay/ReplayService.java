package se.rjh.mtp.reporting.replay;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import se.rjh.mtp.api.common.StateConflictException;
import se.rjh.mtp.api.reporting.view.GenerationDigests;
import se.rjh.mtp.api.reporting.view.ReplayStatus;
import se.rjh.mtp.api.reporting.view.ReplayStatus.State;
import se.rjh.mtp.reporting.ingest.AuditRecords;
import se.rjh.mtp.reporting.readmodel.Generations;
import se.rjh.mtp.reporting.readmodel.ReadModelDigests;
import se.rjh.mtp.reporting.readmodel.ReadModelWriter;

/**
 * Rebuilds every read model into the next generation from offset 0 of the topics, with the same converter and
 * projection code as the live consumer: each poll's records go to the writer as one batch, written while the next
 * poll is read and converted. Live events keep reaching both generations meanwhile; queries read the
 * old one until the pointer switches. The digests of both generations are kept to prove the rebuild identical.
 */
@Service
public class ReplayService {

    private static final Logger log = LoggerFactory.getLogger(ReplayService.class);

    private final Generations generations;
    private final ReadModelWriter writer;
    private final ReadModelDigests digests;
    private final KafkaMessageConverter<String, byte[]> converter;
    private final Serializer serializer;
    private final String bootstrapServers;
    private final List<String> topics;
    private final Clock clock;
    private final AtomicReference<ReplayStatus> status;

    @SuppressWarnings({"unchecked", "rawtypes"})
    ReplayService(Generations generations, ReadModelWriter writer, ReadModelDigests digests,
                  KafkaMessageConverter converter, @Qualifier("eventSerializer") Serializer serializer,
                  @Value("${mtp.kafka.bootstrap-servers}") String bootstrapServers,
                  @Value("${mtp.kafka.consume-topics}") List<String> topics, Clock clock) {
        this.generations = generations;
        this.writer = writer;
        this.digests = digests;
        this.converter = converter;
        this.serializer = serializer;
        this.bootstrapServers = bootstrapServers;
        this.topics = topics;
        this.clock = clock;
        this.status = new AtomicReference<>(idle(generations.active()));
    }

    public ReplayStatus status() {
        return status.get();
    }

    public synchronized ReplayStatus start() {
        if (status.get().state() == State.RUNNING) {
            throw new StateConflictException(State.RUNNING.name(), "no replay running");
        }
        int generation = generations.startBuilding();
        GenerationDigests before = digests.ofActive();
        // The rate counts the replay's own work, not the digest of the generation it replaces.
        Instant started = clock.instant();
        status.set(new ReplayStatus(State.RUNNING, generation, generations.active(), 0, 0, 0, 0, started, null, null,
                before, null));
        Thread thread = new Thread(() -> run(generation, started), "reporting-replay");
        thread.setDaemon(true);
        thread.start();
        return status.get();
    }

    private void run(int generation, Instant started) {
        ReplayStatus initial = status.get();
        try (TopicReader reader = new TopicReader(bootstrapServers, topics);
             WriteBehind writes = new WriteBehind()) {
            long total = reader.total();
            long processed = reader.readAll(batch -> {
                List<Document> records = batch.stream().flatMap(r -> converter.readKafkaMessage(r).stream())
                        .map(m -> AuditRecords.from(m, serializer)).toList();
                writes.submit(() -> writer.apply(records, generation));
            }, read -> status.set(progress(initial, total, read, started, null)));
            writes.await();
            status.set(progress(initial, total, processed, started, null));
            ReplayStatus done = status.get();
            generations.switchTo(generation);
            status.set(new ReplayStatus(State.DONE, generation, generations.active(), total, done.processedEvents(),
                    100.0, done.eventsPerSecond(), started, clock.instant(), null, initial.digestsBefore(),
                    digests.ofActive()));
        } catch (RuntimeException e) {
            log.error("Replay into generation {} failed; the active generation stays in use", generation, e);
            generations.abandon();
            ReplayStatus last = status.get();
            status.set(new ReplayStatus(State.FAILED, generation, generations.active(), last.totalEvents(),
                    last.processedEvents(), last.percent(), last.eventsPerSecond(), started, clock.instant(),
                    e.toString(), initial.digestsBefore(), null));
        }
    }

    private ReplayStatus progress(ReplayStatus initial, long total, long processed, Instant started, String error) {
        return new ReplayStatus(State.RUNNING, initial.generation(), generations.active(), total, processed,
                percent(processed, total), rate(processed, started, clock.instant()),
                started, null, error, initial.digestsBefore(), null);
    }

    private static ReplayStatus idle(int activeGeneration) {
        return new ReplayStatus(State.IDLE, null, activeGeneration, 0, 0, 0, 0, null, null, null, null, null);
    }

    static double percent(long processed, long total) {
        return total == 0 ? 100.0 : Math.round(1000.0 * processed / total) / 10.0;
    }

    static double rate(long processed, Instant startedAt, Instant now) {
        long ms = Math.max(1, Duration.between(startedAt, now).toMillis());
        return Math.round(processed * 10_000.0 / ms) / 10.0;
    }

    /** The digest of every read model in the active generation, the figure a replay must reproduce. */
    GenerationDigests digestsOfActive() {
        return digests.ofActive();
    }
}
