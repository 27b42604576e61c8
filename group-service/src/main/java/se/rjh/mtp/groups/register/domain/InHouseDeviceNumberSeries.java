package se.rjh.mtp.groups.register.domain;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import se.rjh.mtp.api.common.RequestKeyedNumbers;
import se.rjh.mtp.api.devices.InHouseDeviceIds;
import se.rjh.mtp.api.devices.InHouseDeviceNumberAllocated;

/**
 * The register ids {@code EGT-<n>}. A number is taken in the unit of work that proposes its device
 * ({@link InHouseDeviceProposing}), so both are stored or neither: no gaps. Two proposals at once append the same
 * sequence of this aggregate; the store refuses the second (409, try again).
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
@Revision("2")
public class InHouseDeviceNumberSeries implements RequestKeyedNumbers.Series {

    public static final String SERIES_ID = InHouseDeviceIds.PREFIX;

    @AggregateIdentifier
    private String seriesId;
    /** Keyed by the deciding case's id, so a redelivered decision gets the same device. */
    private final RequestKeyedNumbers numbers = new RequestKeyedNumbers();

    public InHouseDeviceNumberSeries() {
        // for Axon, and for the first number
    }

    @Override
    public String idFor(String requestKey) {
        return numbers.idFor(requestKey);
    }

    @Override
    public String allocate(String requestKey) {
        return numbers.allocate(requestKey, InHouseDeviceIds::of,
                (number, deviceId, key) -> new InHouseDeviceNumberAllocated(SERIES_ID, number, deviceId, key));
    }

    @EventSourcingHandler
    void on(InHouseDeviceNumberAllocated event) {
        seriesId = event.seriesId();
        numbers.taken(event.number(), event.deviceId(), event.requestKey());
    }
}
