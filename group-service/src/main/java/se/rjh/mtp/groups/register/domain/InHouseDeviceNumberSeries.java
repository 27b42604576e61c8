package se.rjh.mtp.groups.register.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashMap;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import se.rjh.mtp.api.devices.InHouseDeviceIds;
import se.rjh.mtp.api.devices.InHouseDeviceNumberAllocated;

/**
 * The register ids {@code EGT-<n>}. A number is taken in the unit of work that proposes its device
 * ({@link InHouseDeviceProposing}), so both are stored or neither: no gaps. Two proposals at once append the same
 * sequence of this aggregate; the store refuses the second (409, try again).
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
public class InHouseDeviceNumberSeries {

    public static final String SERIES_ID = InHouseDeviceIds.PREFIX;

    @AggregateIdentifier
    private String seriesId;
    private long lastNumber;
    /** Requests already given a device (a deciding case's id), so a redelivered decision gets the same one. */
    private HashMap<String, String> idsByRequest = new HashMap<>();

    public InHouseDeviceNumberSeries() {
        // for Axon, and for the first number
    }

    /** The id an earlier, identical request got, or null. */
    String idFor(String requestKey) {
        return requestKey == null ? null : idsByRequest.get(requestKey);
    }

    String allocate(String requestKey) {
        long next = lastNumber + 1;
        String deviceId = InHouseDeviceIds.of(next);
        apply(new InHouseDeviceNumberAllocated(SERIES_ID, next, deviceId, requestKey));
        return deviceId;
    }

    @EventSourcingHandler
    void on(InHouseDeviceNumberAllocated event) {
        seriesId = event.seriesId();
        lastNumber = event.number();
        if (event.requestKey() != null) {
            idsByRequest.put(event.requestKey(), event.deviceId());
        }
    }
}
