package se.rjh.mtp.reporting.audit;

import com.mongodb.client.model.Filters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.NotFoundException;
import se.rjh.mtp.api.devices.InHouseDeviceIds;
import se.rjh.mtp.api.reporting.view.DeviceAuditTrail;
import se.rjh.mtp.reporting.devices.DeviceEvents;
import se.rjh.mtp.reporting.incidents.IncidentEvents;
import se.rjh.mtp.reporting.readmodel.Generations;
import se.rjh.mtp.reporting.readmodel.ReadModelWriter;
import se.rjh.mtp.reporting.readmodel.Records;

/**
 * An in-house device's full history across services: its own stream (every register event and the reminders sent
 * about it), the number taken for it from the {@code EGT} series, and the incident details of cases that named it.
 */
@Component
record DeviceTrail(Generations generations, ReadModelWriter writer) {

    DeviceAuditTrail of(String deviceId) {
        if (!InHouseDeviceIds.isValid(deviceId)) {
            throw new InvalidInputException("id", "must be a register id, EGT-<n>");
        }
        List<Document> own = writer.streamOf(deviceId);
        if (own.isEmpty()) {
            throw new NotFoundException("In-house device", deviceId);
        }
        Map<String, Document> entries = new LinkedHashMap<>();
        own.forEach(r -> entries.put(r.getString("_id"), r));
        for (Document r : generations.active(ReadModelWriter.AUDIT_LOG).find(Filters.or(
                Filters.eq("payload." + DeviceEvents.DEVICE_ID, deviceId),
                Filters.eq("payload." + AuditLinks.NAMED_DEVICE, deviceId)))) {
            String type = Records.type(r);
            // Only the number series' entry for this device, and only case-service's incident details.
            if (DeviceEvents.NUMBER_ALLOCATED.equals(type) && DeviceEvents.isRegisterEvent(r)
                    || IncidentEvents.DETAILS.equals(type) && "case-service".equals(Records.service(r))) {
                entries.putIfAbsent(r.getString("_id"), r);
            }
        }
        return new DeviceAuditTrail(deviceId, Trails.entries(Trails.inTimeOrder(entries.values(), deviceId)));
    }
}
