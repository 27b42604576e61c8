package se.rjh.mtp.groups.register.domain;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import se.rjh.mtp.api.common.RequestKeyedNumberSeries;
import se.rjh.mtp.api.devices.InHouseDeviceIds;
import se.rjh.mtp.api.devices.InHouseDeviceNumberAllocated;

/**
 * The register ids {@code EGT-<n>}. A number is taken in the unit of work that proposes its device
 * ({@link InHouseDeviceProposing}), so both are stored or neither: no gaps. Two proposals at once append the same
 * sequence of this aggregate; the store refuses the second (409, try again). The request key is the deciding case's
 * id, so a redelivered decision gets the same device.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
@Revision("2")
public class InHouseDeviceNumberSeries extends RequestKeyedNumberSeries {

    public static final String SERIES_ID = InHouseDeviceIds.PREFIX;

    public InHouseDeviceNumberSeries() {
        // for Axon, and for the first number
    }

    @Override
    public String allocate(String requestKey) {
        return allocate(requestKey, InHouseDeviceIds::of,
                (number, deviceId, key) -> new InHouseDeviceNumberAllocated(SERIES_ID, number, deviceId, key));
    }

    @EventSourcingHandler
    void on(InHouseDeviceNumberAllocated event) {
        taken(event.seriesId(), event.number(), event.deviceId(), event.requestKey());
    }
}
