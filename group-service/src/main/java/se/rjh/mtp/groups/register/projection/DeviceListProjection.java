package se.rjh.mtp.groups.register.projection;

import static se.rjh.mtp.platform.readmodel.ReadModelFields.text;

import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.devices.CorrectiveAction;
import se.rjh.mtp.api.devices.CorrectiveActionCompleted;
import se.rjh.mtp.api.devices.InHouseDeviceCaseLinked;
import se.rjh.mtp.api.devices.InHouseDeviceDescribed;
import se.rjh.mtp.api.devices.InHouseDeviceDescription;
import se.rjh.mtp.api.devices.InHouseDeviceIds;
import se.rjh.mtp.api.devices.InHouseDeviceDevelopmentStarted;
import se.rjh.mtp.api.devices.InHouseDeviceProposed;
import se.rjh.mtp.api.devices.InHouseDeviceReleased;
import se.rjh.mtp.api.devices.InHouseDeviceReviewOverdue;
import se.rjh.mtp.api.devices.InHouseDeviceReviewed;
import se.rjh.mtp.api.devices.InHouseDeviceRevised;
import se.rjh.mtp.api.devices.InHouseDeviceStatus;
import se.rjh.mtp.api.devices.InHouseDeviceTakenIntoUse;
import se.rjh.mtp.api.devices.InHouseDeviceWithdrawn;
import se.rjh.mtp.api.devices.IncidentLinkedToInHouseDevice;
import se.rjh.mtp.api.devices.MarketSearchOverdue;
import se.rjh.mtp.api.devices.MarketSearchRecorded;
import se.rjh.mtp.api.devices.ReviewIntervalChanged;
import se.rjh.mtp.platform.readmodel.VersionedDocuments;

/**
 * One document per device for the register list, with the due dates the deadline scans read. An event handled again
 * changes nothing (the document keeps the last sequence applied).
 */
@Component
@ProcessingGroup(DeviceListProjection.GROUP)
class DeviceListProjection {

    static final String GROUP = "in-house-devices";
    static final String COLLECTION = "in_house_devices";

    private final VersionedDocuments devices;

    DeviceListProjection(MongoDatabase database) {
        this.devices = new VersionedDocuments(database.getCollection(COLLECTION));
    }

    @EventHandler
    void on(InHouseDeviceProposed e, @SequenceNumber long seq) {
        devices.apply(e.deviceId(), seq, d -> {
            d.append("number", InHouseDeviceIds.number(e.deviceId()))
                    .append("status", InHouseDeviceStatus.after(e).orElseThrow().name()).append("version", 0)
                    .append("incidentCount", 0).append("openActions", List.of())
                    .append("reviewOverdue", false).append("marketSearchOverdue", false);
            describe(d, e.deviceId(), new InHouseDeviceDescription(e.name(), null, e.kind(), e.intendedPurpose(),
                    null, null, null, null, e.responsibleUnitId(), null, null, null, null, null));
        });
    }

    @EventHandler
    void on(InHouseDeviceDescribed e, @SequenceNumber long seq) {
        devices.apply(e.deviceId(), seq, d -> describe(d, e.deviceId(), e.description()));
    }

    private static void describe(Document d, String id, InHouseDeviceDescription description) {
        d.append("name", description.name()).append("deviceVersion", description.deviceVersion())
                .append("kind", description.kind().name())
                .append("riskClass", description.riskClass() == null ? null : description.riskClass().name())
                .append("responsibleUnitId", description.responsibleUnitId())
                .append("search", String.join(" ", id, description.name(),
                        description.intendedPurpose() == null ? "" : description.intendedPurpose())
                        .toLowerCase(Locale.ROOT));
    }

    @EventHandler
    void on(InHouseDeviceCaseLinked e, @SequenceNumber long seq) {
        devices.apply(e.deviceId(), seq, d -> d.append("linkedCaseNumber", e.caseNumber()));
    }

    @EventHandler
    void on(MarketSearchRecorded e, @SequenceNumber long seq) {
        devices.apply(e.deviceId(), seq, d -> d.append("nextMarketSearchDue", text(e.nextSearchDue()))
                .append("marketSearchOverdue", false));
    }

    @EventHandler
    void on(InHouseDeviceDevelopmentStarted e, @SequenceNumber long seq) {
        status(e.deviceId(), seq, InHouseDeviceStatus.after(e).orElseThrow());
    }

    @EventHandler
    void on(InHouseDeviceReleased e, @SequenceNumber long seq) {
        devices.apply(e.deviceId(), seq, d -> reviewDue(d.append("status", InHouseDeviceStatus.after(e).orElseThrow()
                .name()).append("version", e.version()), e.nextReviewDue()));
    }

    @EventHandler
    void on(InHouseDeviceTakenIntoUse e, @SequenceNumber long seq) {
        status(e.deviceId(), seq, InHouseDeviceStatus.after(e).orElseThrow());
    }

    @EventHandler
    void on(InHouseDeviceRevised e, @SequenceNumber long seq) {
        devices.apply(e.deviceId(), seq, d -> d.append("version", e.version()));
    }

    @EventHandler
    void on(InHouseDeviceWithdrawn e, @SequenceNumber long seq) {
        devices.apply(e.deviceId(), seq, d -> d.append("status", InHouseDeviceStatus.after(e).orElseThrow().name())
                .append("nextReviewDue", null).append("reviewOverdue", false).append("marketSearchOverdue", false));
    }

    @EventHandler
    void on(ReviewIntervalChanged e, @SequenceNumber long seq) {
        if (e.nextReviewDue() != null) {
            devices.apply(e.deviceId(), seq, d -> reviewDue(d, e.nextReviewDue()));
        }
    }

    @EventHandler
    void on(IncidentLinkedToInHouseDevice e, @SequenceNumber long seq) {
        devices.apply(e.deviceId(), seq, d -> reviewDue(d.append("incidentCount", d.getInteger("incidentCount", 0) + 1),
                e.nextReviewDue()));
    }

    @EventHandler
    void on(InHouseDeviceReviewed e, @SequenceNumber long seq) {
        devices.apply(e.deviceId(), seq, d -> {
            List<String> open = new ArrayList<>(d.getList("openActions", String.class, List.of()));
            e.correctiveActions().stream().map(CorrectiveAction::actionId).forEach(open::add);
            d.append("openActions", open).append("nextReviewDue", text(e.nextReviewDue()))
                    .append("reviewOverdue", false);
        });
    }

    @EventHandler
    void on(CorrectiveActionCompleted e, @SequenceNumber long seq) {
        devices.apply(e.deviceId(), seq, d -> {
            List<String> open = new ArrayList<>(d.getList("openActions", String.class, List.of()));
            open.remove(e.actionId());
            d.append("openActions", open);
        });
    }

    @EventHandler
    void on(InHouseDeviceReviewOverdue e, @SequenceNumber long seq) {
        devices.apply(e.deviceId(), seq, d -> d.append("reviewOverdue", true));
    }

    @EventHandler
    void on(MarketSearchOverdue e, @SequenceNumber long seq) {
        devices.apply(e.deviceId(), seq, d -> d.append("marketSearchOverdue", true));
    }

    /** A new review due date: an overdue flag belonged to the old one (the deadline scan raises it anew if due). */
    private static Document reviewDue(Document d, LocalDate due) {
        if (!Objects.equals(text(due), d.getString("nextReviewDue"))) {
            d.append("reviewOverdue", false);
        }
        return d.append("nextReviewDue", text(due));
    }

    private void status(String id, long seq, InHouseDeviceStatus status) {
        devices.apply(id, seq, d -> d.append("status", status.name()));
    }
}
