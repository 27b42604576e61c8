package se.rjh.mtp.testsupport;

import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.AnnotationCommandHandlerAdapter;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;

/**
 * For a command handler that acts on two aggregates in one unit of work (a number series and what it numbers): one
 * in-memory event store for both repositories, the handler on a command bus, and each aggregate's stored events to
 * check. Where one aggregate alone is tested, Axon's {@code AggregateTestFixture} is the tool.
 */
public final class InMemoryUnitOfWork {

    private final EventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final SimpleCommandBus bus = SimpleCommandBus.builder().build();
    private final CommandGateway gateway = DefaultCommandGateway.builder().commandBus(bus).build();

    /** An event-sourced repository of this aggregate over the shared store. */
    public <A> EventSourcingRepository<A> repository(Class<A> aggregate) {
        return EventSourcingRepository.builder(aggregate).eventStore(store).build();
    }

    /** Subscribes the handler's {@code @CommandHandler} methods to the bus. */
    public InMemoryUnitOfWork handledBy(Object handler) {
        new AnnotationCommandHandlerAdapter<>(handler).subscribe(bus);
        return this;
    }

    /** Sends the command with this metadata (the actor) and waits for its result; a handler's exception is thrown. */
    public <R> R send(Object command, Map<String, ?> metaData) {
        return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
    }

    /** The payloads stored for the aggregate, in order. */
    public List<Object> payloads(String aggregateId) {
        return store.readEvents(aggregateId).asStream().map(EventMessage::getPayload).map(Object.class::cast).toList();
    }
}
