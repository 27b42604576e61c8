package se.rjh.mtp.system.reliability;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import se.rjh.mtp.api.cases.CaseReceived;

/**
 * A consumer added to reporting-service for the poison test: it cannot handle a case whose subject starts with
 * {@value #POISON} while {@link #broken} is set, as a handler with a bug would. It records what it handled, in order.
 */
@ProcessingGroup(PoisonProbe.GROUP)
public class PoisonProbe {

    static final String GROUP = "poison-probe";
    static final String POISON = "GIFT";
    static volatile boolean broken = true;
    static final Map<String, List<Long>> HANDLED = new ConcurrentHashMap<>();

    @EventHandler
    void on(Object payload, EventMessage<?> message) {
        if (broken && payload instanceof CaseReceived received && received.subject().startsWith(POISON)) {
            throw new IllegalStateException("The probe cannot handle this case");
        }
        if (message instanceof DomainEventMessage<?> domain) {
            HANDLED.computeIfAbsent(domain.getAggregateIdentifier(), k -> new CopyOnWriteArrayList<>())
                    .add(domain.getSequenceNumber());
        }
    }

    static List<Long> handled(String aggregateId) {
        return HANDLED.getOrDefault(aggregateId, List.of());
    }
}
