package se.rjh.mtp.api.common;

import java.util.function.LongFunction;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * The aggregate of a gap-free number series ({@link RequestKeyedNumbers}): its id and its numbers, kept the same way
 * by every series. A series adds only what is its own: how a number reads as an id, and its allocation event, which
 * its event sourcing handler hands to {@link #taken}.
 */
public abstract class RequestKeyedNumberSeries implements RequestKeyedNumbers.Series {

    @AggregateIdentifier
    private String seriesId;
    private final RequestKeyedNumbers numbers = new RequestKeyedNumbers();

    @Override
    public String idFor(String requestKey) {
        return numbers.idFor(requestKey);
    }

    /** Applies the series' allocation event for the next number, whose id {@code idOf} makes; returns that id. */
    protected String allocate(String requestKey, LongFunction<String> idOf, RequestKeyedNumbers.Allocation allocation) {
        return numbers.allocate(requestKey, idOf, allocation);
    }

    /** Takes an applied allocation into the state; called only from the series' event sourcing handler. */
    protected void taken(String seriesId, long number, String id, String requestKey) {
        this.seriesId = seriesId;
        numbers.taken(number, id, requestKey);
    }
}
