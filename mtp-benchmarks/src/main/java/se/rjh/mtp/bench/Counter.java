package se.rjh.mtp.bench;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The smallest useful event-sourced aggregate, for command throughput. */
public class Counter {

    public record Create(@TargetAggregateIdentifier String id) {
    }

    public record Increment(@TargetAggregateIdentifier String id) {
    }

    public record Created(String id, String padding) {
    }

    public record Incremented(String id, long value, String padding) {
    }

    /** Makes events about as big as the 300-byte baseline documents. */
    static final String PADDING = "x".repeat(250);

    @AggregateIdentifier
    private String id;
    private long value;

    protected Counter() {
    }

    @CommandHandler
    public Counter(Create command) {
        apply(new Created(command.id(), PADDING));
    }

    @CommandHandler
    public void handle(Increment command) {
        apply(new Incremented(id, value + 1, PADDING));
    }

    @EventSourcingHandler
    void on(Created event) {
        id = event.id();
    }

    @EventSourcingHandler
    void on(Incremented event) {
        value = event.value();
    }
}
