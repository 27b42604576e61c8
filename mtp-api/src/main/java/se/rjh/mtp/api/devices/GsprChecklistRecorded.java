package se.rjh.mtp.api.devices;

import java.util.List;
import org.axonframework.serialization.Revision;

/** GSPR checklist entries recorded; a later entry replaces an earlier one for the same requirement. */
@Revision("1")
public record GsprChecklistRecorded(
        String deviceId,
        List<GsprEntry> entries) {
}
