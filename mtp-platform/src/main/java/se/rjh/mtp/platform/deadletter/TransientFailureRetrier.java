package se.rjh.mtp.platform.deadletter;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Retries, on its own, the dead letters whose cause was the infrastructure rather than the event: the store or the
 * broker being away, or a timeout. Those events are fine; parking them for ever behind an operator would stop
 * their aggregate's later events too. Letters with any other cause wait for an operator, as before.
 */
class TransientFailureRetrier implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TransientFailureRetrier.class);
    private static final int MAX_SEQUENCES_PER_ROUND = 100;

    private final EventProcessingConfiguration processing;
    private final DeadLetterGroups groups;
    private final Duration interval;
    private ScheduledExecutorService scheduler;

    TransientFailureRetrier(EventProcessingConfiguration processing, DeadLetterGroups groups, Duration interval) {
        this.processing = processing;
        this.groups = groups;
        this.interval = interval;
    }

    static boolean isTransient(DeadLetter<?> letter) {
        return letter.cause().map(cause -> {
            String type = cause.type();
            return type.startsWith("com.mongodb.MongoSocket") || type.equals("com.mongodb.MongoTimeoutException")
                    || type.equals("com.mongodb.MongoInterruptedException")
                    || type.equals("com.mongodb.MongoNotPrimaryException")
                    || type.startsWith("org.apache.kafka.common.errors.")
                    || type.equals("org.axonframework.messaging.timeout.AxonTimeoutException");
        }).orElse(false);
    }

    void retryRound() {
        for (String group : groups.names()) {
            processing.sequencedDeadLetterProcessor(group).ifPresent(processor -> {
                try {
                    int done = 0;
                    while (done < MAX_SEQUENCES_PER_ROUND && processor.process(TransientFailureRetrier::isTransient)) {
                        done++;
                    }
                    if (done > 0) {
                        log.info("Retried {} dead-letter sequence(s) of {} after a transient failure", done, group);
                    }
                } catch (RuntimeException stillDown) {
                    log.debug("Transient dead letters of {} not retried yet: {}", group, stillDown.getClass().getSimpleName());
                }
            });
        }
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "mtp-dead-letter-retry");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        scheduler.scheduleWithFixedDelay(this::retryRound, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
