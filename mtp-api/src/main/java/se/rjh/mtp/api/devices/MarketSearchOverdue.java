package se.rjh.mtp.api.devices;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The next market search's due date passed without a search. Raised once per due date, by the deadline scan. */
@Revision("1")
public record MarketSearchOverdue(
        String deviceId,
        LocalDate dueDate,
        LocalDate detectedOn) {
}
