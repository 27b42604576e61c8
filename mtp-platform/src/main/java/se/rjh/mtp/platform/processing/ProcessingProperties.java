package se.rjh.mtp.platform.processing;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How event processing groups behave, under {@code mtp.processing}.
 *
 * @param onFailure  the failure policy of groups not named in {@code groups}
 * @param groups     per processing group, e.g. {@code mtp.processing.groups.case-list.on-failure=log}
 * @param deadLetter the dead-letter queues of the groups whose policy is {@code dead-letter}: by default every
 *                   group but the Kafka publisher
 * @param batchSize  at most this many events per unit of work of every tracking processor declared under
 *                   {@code axon.eventhandling.processors} that sets no {@code batch-size} of its own: one token
 *                   update per batch instead of per event; a batch takes only events already available
 */
@ConfigurationProperties(prefix = "mtp.processing")
public record ProcessingProperties(@DefaultValue OnFailureDefaults onFailure, Map<String, Group> groups,
                                   @DefaultValue DeadLetter deadLetter, @DefaultValue("50") int batchSize) {

    public ProcessingProperties {
        groups = groups == null ? Map.of() : Map.copyOf(groups);
        if (batchSize < 1) {
            throw new IllegalArgumentException("mtp.processing.batch-size must be at least 1");
        }
    }

    /**
     * @param kafkaSourced groups whose source is the Kafka source (events from other services)
     * @param local        groups over the service's own event store (its read models and policies), named or not;
     *                     never the Kafka publisher, which always retries
     */
    public record OnFailureDefaults(@DefaultValue("dead-letter") OnFailure kafkaSourced,
                                    @DefaultValue("dead-letter") OnFailure local) {
    }

    /** @param onFailure this group's policy, overriding the default */
    public record Group(OnFailure onFailure) {
    }

    /**
     * @param transientRetryInterval how often letters parked because the store or broker was away are retried on
     *                               their own
     */
    public record DeadLetter(@DefaultValue("PT5S") Duration transientRetryInterval) {
    }
}
