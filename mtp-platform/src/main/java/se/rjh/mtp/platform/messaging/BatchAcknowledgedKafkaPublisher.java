package se.rjh.mtp.platform.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.extensions.kafka.eventhandling.producer.KafkaPublisher;
import org.axonframework.extensions.kafka.eventhandling.producer.ProducerFactory;
import org.axonframework.extensions.kafka.eventhandling.producer.TopicResolver;
import org.axonframework.messaging.EventPublicationFailedException;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MessageMonitor.MonitorCallback;
import org.axonframework.serialization.Serializer;

/**
 * The outbox's publisher: sends each event of the publishing processor's batch at once and waits for the broker's
 * acknowledgements once per batch, while handling the batch's last event. The Kafka extension's own publisher (4.9)
 * waits for each event's acknowledgement inside {@code send}, so a batch of n events cost n broker round trips one
 * after the other.
 * <p>
 * Why the wait is part of handling and not of the commit: the tracking processor stores its token in the unit of
 * work's prepare-commit phase, in a handler registered before any event is handled, so it runs before any handler
 * this publisher could register; the Mongo token store writes at once (there is no transaction to roll back). A wait
 * in the prepare-commit phase therefore came after the token: a process killed during it, or an acknowledgement that
 * failed, left a token past records the broker never had, and those events were never published.
 * <p>
 * Order: one producer sends the batch in the store's order, records keyed by aggregate id, with idempotence on, so
 * the broker keeps each partition's records in send order, also across the producer's own retries. A send already
 * known to have failed stops the batch before the next record goes out, so no later event is written ahead of it.
 * <p>
 * At least once: any record not acknowledged in time fails the unit of work before the token moves, so the processor
 * retries the whole batch from its last token; records of that batch already written are published again, none is
 * lost. An interrupted wait also fails the batch (the extension's publisher returned as if acknowledged).
 */
final class BatchAcknowledgedKafkaPublisher<K, V> extends KafkaPublisher<K, V> {

    private final ProducerFactory<K, V> producerFactory;
    private final KafkaMessageConverter<K, V> messageConverter;
    private final MessageMonitor<? super EventMessage<?>> messageMonitor;
    private final TopicResolver topicResolver;
    private final Duration ackTimeout;
    /** Key of the batch's pending acknowledgements among the unit of work's resources. */
    private final String batchResource = BatchAcknowledgedKafkaPublisher.class.getName() + "@" + System.identityHashCode(this);

    BatchAcknowledgedKafkaPublisher(Serializer serializer, ProducerFactory<K, V> producerFactory,
                                    KafkaMessageConverter<K, V> messageConverter,
                                    MessageMonitor<? super EventMessage<?>> messageMonitor,
                                    TopicResolver topicResolver, Duration ackTimeout) {
        super(KafkaPublisher.<K, V>builder().serializer(serializer).producerFactory(producerFactory)
                      .messageConverter(messageConverter).messageMonitor(messageMonitor).topicResolver(topicResolver)
                      .publisherAckTimeout(ackTimeout.toMillis()));
        if (!producerFactory.confirmationMode().isWaitForAck()) {
            throw new IllegalArgumentException("The outbox publisher needs confirmation mode wait_for_ack, not "
                                               + producerFactory.confirmationMode());
        }
        this.producerFactory = producerFactory;
        this.messageConverter = messageConverter;
        this.messageMonitor = messageMonitor;
        this.topicResolver = topicResolver;
        this.ackTimeout = ackTimeout;
    }

    @Override
    public <T extends EventMessage<?>> void send(T event) {
        UnitOfWork<?> batchUnit = CurrentUnitOfWork.get().root();
        PendingBatch batch = batchUnit.getOrComputeResource(batchResource, key -> startBatch(batchUnit));
        Optional<String> topic = topicResolver.resolve(event);
        if (topic.isPresent()) {
            send(event, topic.get(), batch);
        }
        if (lastOfBatch(batchUnit)) {
            batch.awaitAcknowledgements(ackTimeout);
        }
    }

    /** A unit of work that is not a batch holds one event. */
    private static boolean lastOfBatch(UnitOfWork<?> unit) {
        return !(unit instanceof BatchingUnitOfWork<?> batching) || batching.isLastMessage();
    }

    private <T extends EventMessage<?>> void send(T event, String topic, PendingBatch batch) {
        batch.failIfAnySendFailed();
        MonitorCallback monitor = messageMonitor.onMessageIngested(event);
        Future<RecordMetadata> acknowledgement;
        try {
            acknowledgement = batch.producer.send(messageConverter.createKafkaMessage(event, topic),
                                                  batch::onAcknowledged);
        } catch (RuntimeException e) {
            // Not sent (serialization, a closed producer): the batch fails here and is published again.
            monitor.reportFailure(e);
            throw e;
        }
        batch.sent(acknowledgement, monitor);
    }

    private PendingBatch startBatch(UnitOfWork<?> batchUnit) {
        PendingBatch batch = new PendingBatch(producerFactory.createProducer());
        batchUnit.onCleanup(u -> batch.closeProducer());
        return batch;
    }

    /** The records one unit of work has sent and the monitor callbacks waiting for their acknowledgement. */
    private final class PendingBatch {

        private final Producer<K, V> producer;
        private final List<Future<RecordMetadata>> acknowledgements = new ArrayList<>();
        private final List<MonitorCallback> monitors = new ArrayList<>();
        /** The first failure the producer reported for this batch (set on the producer's I/O thread). */
        private volatile Exception sendFailure;

        PendingBatch(Producer<K, V> producer) {
            this.producer = producer;
        }

        void onAcknowledged(RecordMetadata metadata, Exception failure) {
            if (failure != null && sendFailure == null) {
                sendFailure = failure;
            }
        }

        void sent(Future<RecordMetadata> acknowledgement, MonitorCallback monitor) {
            acknowledgements.add(acknowledgement);
            monitors.add(monitor);
        }

        void failIfAnySendFailed() {
            Exception failure = sendFailure;
            if (failure != null) {
                throw failed(0, failure);
            }
        }

        void awaitAcknowledgements(Duration timeout) {
            long deadline = System.nanoTime() + timeout.toNanos();
            for (int i = 0; i < acknowledgements.size(); i++) {
                try {
                    acknowledgements.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    monitors.get(i).reportSuccess();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw failed(i, e);
                } catch (ExecutionException | TimeoutException e) {
                    throw failed(i, e);
                }
            }
        }

        /** Reports every record not yet acknowledged as failed; the processor will publish the batch again. */
        private EventPublicationFailedException failed(int firstUnacknowledged, Exception cause) {
            for (int i = firstUnacknowledged; i < monitors.size(); i++) {
                monitors.get(i).reportFailure(cause);
            }
            monitors.clear();
            return new EventPublicationFailedException(
                    "Kafka did not acknowledge the outbox batch; it is published again from the last token", cause);
        }

        void closeProducer() {
            // The shared non-transactional producer of DefaultProducerFactory ignores close; other factories may not.
            producer.close();
        }
    }
}
