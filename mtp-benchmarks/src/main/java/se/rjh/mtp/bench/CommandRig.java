package se.rjh.mtp.bench;

import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;
import se.rjh.mtp.platform.eventstore.MongoCommitEventStorageEngine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Axon's command side without Spring: SimpleCommandBus -> EventSourcingRepository -> EmbeddedEventStore -> engine. */
final class CommandRig implements AutoCloseable {

    private final EmbeddedEventStore store;
    private final CommandGateway gateway;

    CommandRig(MongoCommitEventStorageEngine engine) {
        store = EmbeddedEventStore.builder().storageEngine(engine).build();
        EventSourcingRepository<Counter> repository = EventSourcingRepository.builder(Counter.class)
                                                                            .eventStore(store).build();
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        AggregateAnnotationCommandHandler.<Counter>builder().aggregateType(Counter.class).repository(repository)
                                         .build().subscribe(bus);
        gateway = DefaultCommandGateway.builder().commandBus(bus).build();
    }

    EmbeddedEventStore store() {
        return store;
    }

    void create(String prefix, int aggregates) {
        for (int i = 0; i < aggregates; i++) {
            gateway.sendAndWait(new Counter.Create(prefix + i));
        }
    }

    /** Sends {@code commands} increments round-robin over the aggregates; returns commands per second. */
    double increments(String prefix, int aggregates, int commands, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                for (int i = thread; i < commands; i += threads) {
                    gateway.sendAndWait(new Counter.Increment(prefix + (i % aggregates)));
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double rate = commands / Baselines.seconds(t0);
        pool.shutdown();
        return rate;
    }

    @Override
    public void close() {
        store.shutDown();
    }
}
