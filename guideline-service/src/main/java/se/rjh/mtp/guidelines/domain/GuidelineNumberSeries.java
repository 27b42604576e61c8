package se.rjh.mtp.guidelines.domain;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import se.rjh.mtp.api.common.RequestKeyedNumberSeries;
import se.rjh.mtp.api.guidelines.GuidelineNumberAllocated;

/**
 * The series of document numbers {@code RL-MTP-<n>}. A number is allocated in the same unit of work that drafts its
 * guideline (see {@link GuidelineDrafting}), so both are stored or neither: the series has no gaps. Two drafts at
 * the same moment both append the series' next sequence number; the store refuses the second (409, try again). The
 * request key is case id + follow-up id, so a redelivered request gets the same number.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
@Revision("2")
public class GuidelineNumberSeries extends RequestKeyedNumberSeries {

    public static final String SERIES_ID = "RL-MTP";

    public GuidelineNumberSeries() {
        // for Axon, and for the first allocation of a new series
    }

    @Override
    public String allocate(String requestKey) {
        return allocate(requestKey, next -> SERIES_ID + "-" + next,
                (number, documentNumber, key) -> new GuidelineNumberAllocated(SERIES_ID, number, documentNumber, key));
    }

    @EventSourcingHandler
    void on(GuidelineNumberAllocated event) {
        taken(event.seriesId(), event.number(), event.documentNumber(), event.requestKey());
    }
}
