package se.rjh.mtp.groups.lookup;

import java.util.Optional;
import java.util.function.Function;
import org.axonframework.config.Configuration;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Loads an aggregate in the current unit of work and reads from it: a rule is checked against the history itself,
 * not against a read model that may still be catching up. Empty when the aggregate does not exist.
 */
@Component
public class AggregateLookup {

    // Resolved on use: the Axon configuration is built after the aggregates that take the directories as resources.
    private final ObjectProvider<Configuration> axon;

    AggregateLookup(ObjectProvider<Configuration> axon) {
        this.axon = axon;
    }

    public <A, T> Optional<T> read(Class<A> type, String id, Function<A, T> reading) {
        try {
            return Optional.of(axon.getObject().repository(type).load(id).invoke(reading));
        } catch (AggregateNotFoundException e) {
            return Optional.empty();
        }
    }
}
