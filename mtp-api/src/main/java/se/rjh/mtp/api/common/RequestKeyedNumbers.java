package se.rjh.mtp.api.common;

import java.util.HashMap;
import java.util.function.LongFunction;
import org.axonframework.modelling.command.AggregateLifecycle;

/**
 * The one rule of a gap-free number series that a redelivered request must not advance (the in-house device ids, the
 * guideline numbers): the next number follows the last, and a request key that already took an id gets it again. The
 * series aggregate keeps this as a field, lets it apply the series' own allocation event, and hands that event back
 * to {@link #taken} from its event sourcing handler, so the state still changes only there.
 */
public final class RequestKeyedNumbers {

    /** Makes a series' allocation event from the number, its id and the request key (null: no key). */
    @FunctionalInterface
    public interface Allocation {
        Object event(long number, String id, String requestKey);
    }

    private long lastNumber;
    // The concrete type: an aggregate snapshot restores each field as its declared type.
    private final HashMap<String, String> idsByRequest = new HashMap<>();

    /** The id an earlier, identical request got, or null. */
    public String idFor(String requestKey) {
        return requestKey == null ? null : idsByRequest.get(requestKey);
    }

    /** Applies the allocation of the next number as an event of the calling aggregate; returns the number's id. */
    public String allocate(String requestKey, LongFunction<String> idOf, Allocation allocation) {
        long next = lastNumber + 1;
        String id = idOf.apply(next);
        AggregateLifecycle.apply(allocation.event(next, id, requestKey));
        return id;
    }

    /** Takes an applied allocation into the state. */
    public void taken(long number, String id, String requestKey) {
        lastNumber = number;
        if (requestKey != null) {
            idsByRequest.put(requestKey, id);
        }
    }
}
