package se.rjh.mtp.api.devices;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The information to IVO about the in-house device (HSLF-FS 2021:32 4 kap. 2 §) was given.
 *
 * @param contentIncluded which of the configured required content items the information held
 */
@Revision("1")
public record IvoInformationRecorded(
        String deviceId,
        LocalDate informedOn,
        String reference,
        List<String> contentIncluded) {
}
