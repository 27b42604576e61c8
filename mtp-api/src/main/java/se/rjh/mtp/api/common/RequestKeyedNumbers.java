package se.rjh.mtp.api.common;

import java.util.HashMap;
import java.util.concurrent.Callable;
import java.util.function.LongFunction;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.Repository;

/**
 * The one rule of a gap-free number series that a redelivered request must not advance (the in-house device ids, the
 * guideline numbers): the next number follows the last, and a request key that already took an id gets it again. The
 * series aggregate keeps this as a field, lets it apply the series' own allocation event, and hands that event back
 * to {@link #taken} from its event sourcing handler, so the state still changes only there. The command handler that
 * numbers something takes its id through {@link #takeOnce}.
 */
public final class RequestKeyedNumbers {

    /** A series aggregate, as {@link #takeOnce} uses it. */
    public interface Series {
        /** The id an earlier, identical request got, or null. */
        String idFor(String requestKey);

        /** Applies the allocation of the next number; returns its id. */
        String allocate(String requestKey);
    }

    /** Creates what a new id numbers. */
    @FunctionalInterface
    public interface Numbered {
        void create(String id) throws Exception;
    }

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

    /**
     * The id for a request: the one an identical earlier request got (a redelivered request creates nothing), or the
     * series' next one, with what it numbers created in the same unit of work, so that the number and its owner are
     * stored together or not at all.
     */
    public static <S extends Series> String takeOnce(Repository<S> series, String seriesId, Callable<S> newSeries,
                                                     String requestKey, Numbered numbered) throws Exception {
        Aggregate<S> numbers = series.loadOrCreate(seriesId, newSeries);
        String earlier = numbers.invoke(s -> s.idFor(requestKey));
        if (earlier != null) {
            return earlier;
        }
        String id = numbers.invoke(s -> s.allocate(requestKey));
        numbered.create(id);
        return id;
    }
}
