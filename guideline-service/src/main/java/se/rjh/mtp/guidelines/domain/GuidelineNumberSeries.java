package se.rjh.mtp.guidelines.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import se.rjh.mtp.api.guidelines.GuidelineNumberAllocated;

/**
 * The series of document numbers {@code RL-MTP-<n>}. A number is allocated in the same unit of work that drafts its
 * guideline (see {@link GuidelineDrafting}), so both are stored or neither: the series has no gaps. Two drafts at
 * the same moment both append the series' next sequence number; the store refuses the second (409, try again).
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
@Revision("1")
public class GuidelineNumberSeries {

    public static final String SERIES_ID = "RL-MTP";

    @AggregateIdentifier
    private String seriesId;
    private long lastNumber;
    /** Requests already given a number (case id + follow-up id), so a redelivered request gets the same one. */
    private Map<String, String> numbersByRequest = new HashMap<>();

    public GuidelineNumberSeries() {
        // for Axon, and for the first allocation of a new series
    }

    /** The number an earlier, identical request got, or null. */
    String numberFor(String requestKey) {
        return requestKey == null ? null : numbersByRequest.get(requestKey);
    }

    String allocate(String requestKey) {
        long next = lastNumber + 1;
        String documentNumber = SERIES_ID + "-" + next;
        apply(new GuidelineNumberAllocated(SERIES_ID, next, documentNumber, requestKey));
        return documentNumber;
    }

    @EventSourcingHandler
    void on(GuidelineNumberAllocated event) {
        seriesId = event.seriesId();
        lastNumber = event.number();
        if (event.requestKey() != null) {
            numbersByRequest.put(event.requestKey(), event.documentNumber());
        }
    }
}
