package se.rjh.mtp.platform.deadletter;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import se.rjh.mtp.api.common.NotFoundException;
import se.rjh.mtp.platform.processing.FailurePolicies;

/**
 * The processing groups that have a dead-letter queue: every event processor of the service whose policy parks
 * failed events (all but the Kafka publisher, unless configured otherwise). Read from the running configuration, so
 * that a group no property names is included too.
 */
record DeadLetterGroups(EventProcessingConfiguration processing, FailurePolicies policies) {

    Set<String> names() {
        return processing.eventProcessors().keySet().stream()
                .filter(policies::deadLetters)
                .filter(group -> processing.deadLetterQueue(group).isPresent())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    boolean contains(String group) {
        return policies.deadLetters(group) && processing.eventProcessors().containsKey(group);
    }

    /** The group's queue; only a group that has one, since asking Axon for any other name would create one. */
    SequencedDeadLetterQueue<EventMessage<?>> queue(String group) {
        if (!contains(group)) {
            throw new NotFoundException("Dead-letter queue", group);
        }
        return processing.deadLetterQueue(group).orElseThrow(() -> new NotFoundException("Dead-letter queue", group));
    }

    /** Retries the group's letters through its own event handlers. */
    SequencedDeadLetterProcessor<EventMessage<?>> processor(String group) {
        return processing.sequencedDeadLetterProcessor(group)
                .orElseThrow(() -> new NotFoundException("Dead-letter queue", group));
    }
}
