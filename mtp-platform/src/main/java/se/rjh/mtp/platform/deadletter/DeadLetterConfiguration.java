package se.rjh.mtp.platform.deadletter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.rjh.mtp.platform.processing.FailurePolicies;
import se.rjh.mtp.platform.processing.ProcessingProperties;

/**
 * A sequenced dead-letter queue in the service's MongoDB (collection {@code deadletters}) for each group whose
 * failure policy is {@code dead-letter} ({@link FailurePolicies}): by default every group, read models over the
 * service's own events included, but not the Kafka publisher. An event whose handler throws is parked there with its
 * cause; later events of the same aggregate are parked behind it, in order, while other aggregates go on. Letters caused by the infrastructure
 * (store or broker away, timeouts) are retried by themselves ({@link TransientFailureRetrier}); any other cause waits
 * for an operator, who retries or evicts through {@link DeadLetterController} once the cause is fixed.
 */
@Configuration(proxyBeanMethods = false)
public class DeadLetterConfiguration {

    static final String GAUGE = "mtp.deadletters.size";

    /**
     * Asked by Axon for each processing group it builds; {@code null} means the group has no queue.
     * <p>
     * Each dead-letter group's invoker also gets Axon's sequence identifier cache. Without it every event costs one
     * "is its sequence parked?" query on the queue. With it, a segment whose group had no letters when the segment
     * was first handled asks nothing for sequences it has not parked itself, and a segment that started with letters
     * asks once per sequence until one is found free. Safe with several instances: a new sequence enters the queue
     * only through the handler of the event's segment, which one instance at a time owns by its token claim; the
     * cache is per segment and dropped when the claim is released (and built again, with a fresh count, on the next
     * claim). Everything other instances do - retry, evict, the transient retrier - only removes letters or puts one
     * back into its own sequence, after which the cache at worst asks once more than needed.
     */
    @Bean
    public ConfigurerModule mtpDeadLetterQueues(FailurePolicies policies, MongoTemplate axonMongoTemplate) {
        return configurer -> {
            EventProcessingConfigurer processing = configurer.eventProcessing();
            processing.registerDeadLetterQueueProvider(group -> {
                if (!policies.deadLetters(group)) {
                    return null;
                }
                // Axon asks for a group's queue before it builds the group's invoker, which reads this setting.
                processing.registerDeadLetteringEventHandlerInvokerConfiguration(
                        group, (config, invoker) -> invoker.enableSequenceIdentifierCache());
                return config -> MongoSequencedDeadLetterQueue.builder()
                        .processingGroup(group)
                        .mongoTemplate(axonMongoTemplate)
                        .serializer(config.serializer())
                        // The embedded server has no transactions; each queue operation is one document write.
                        .transactionManager(NoTransactionManager.INSTANCE)
                        .build();
            });
        };
    }

    @Bean
    DeadLetterGroups deadLetterGroups(EventProcessingConfiguration processing, FailurePolicies policies) {
        return new DeadLetterGroups(processing, policies);
    }

    @Bean
    public DeadLetterController deadLetterController(DeadLetterGroups groups) {
        return new DeadLetterController(groups);
    }

    @Bean
    TransientFailureRetrier transientFailureRetrier(EventProcessingConfiguration processing, DeadLetterGroups groups,
                                                    ProcessingProperties properties) {
        return new TransientFailureRetrier(processing, groups, properties.deadLetter().transientRetryInterval());
    }

    /** One gauge per queue; a scrape while the store is away reads NaN rather than failing the scrape. */
    @Bean
    public ApplicationListener<ApplicationReadyEvent> deadLetterGauges(EventProcessingConfiguration processing,
                                                                       DeadLetterGroups groups, MeterRegistry registry) {
        return ready -> groups.names().forEach(group -> processing.deadLetterQueue(group)
                .ifPresent(queue -> Gauge.builder(GAUGE, queue, DeadLetterConfiguration::sizeOrNaN)
                        .tag("processing_group", group)
                        .description("Events parked in the dead-letter queue of a processing group")
                        .register(registry)));
    }

    private static double sizeOrNaN(SequencedDeadLetterQueue<?> queue) {
        try {
            return queue.size();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
