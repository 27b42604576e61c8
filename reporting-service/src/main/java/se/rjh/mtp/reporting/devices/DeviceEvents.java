package se.rjh.mtp.reporting.devices;

import static se.rjh.mtp.reporting.readmodel.EventNames.field;
import static se.rjh.mtp.reporting.readmodel.EventNames.type;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import se.rjh.mtp.api.devices.IncidentLinkedToInHouseDevice;
import se.rjh.mtp.api.devices.InHouseDeviceCaseLinked;
import se.rjh.mtp.api.devices.InHouseDeviceDescribed;
import se.rjh.mtp.api.devices.InHouseDeviceDevelopmentStarted;
import se.rjh.mtp.api.devices.InHouseDeviceNumberAllocated;
import se.rjh.mtp.api.devices.InHouseDeviceProposed;
import se.rjh.mtp.api.devices.InHouseDeviceReleased;
import se.rjh.mtp.api.devices.InHouseDeviceReviewOverdue;
import se.rjh.mtp.api.devices.InHouseDeviceReviewed;
import se.rjh.mtp.api.devices.InHouseDeviceRevised;
import se.rjh.mtp.api.devices.InHouseDeviceStatus;
import se.rjh.mtp.api.devices.InHouseDeviceTakenIntoUse;
import se.rjh.mtp.api.devices.InHouseDeviceWithdrawn;
import se.rjh.mtp.api.devices.MarketSearchOverdue;
import se.rjh.mtp.api.devices.MarketSearchRecorded;
import se.rjh.mtp.api.devices.ReviewIntervalChanged;
import se.rjh.mtp.reporting.readmodel.Records;

/**
 * The register's events ({@code se.rjh.mtp.api.devices}, published by group-service) reporting reads, by type and
 * field, in one place.
 */
public final class DeviceEvents {

    private static final String PACKAGE = InHouseDeviceProposed.class.getPackageName() + ".";

    /** A device's stream starts here; the number series ({@code EGT}) is no device. */
    public static final String PROPOSED = type(InHouseDeviceProposed.class);
    public static final String DESCRIBED = type(InHouseDeviceDescribed.class);
    public static final String CASE_LINKED = type(InHouseDeviceCaseLinked.class);
    public static final String MARKET_SEARCH_RECORDED = type(MarketSearchRecorded.class);
    public static final String MARKET_SEARCH_OVERDUE = type(MarketSearchOverdue.class);
    public static final String REVIEWED = type(InHouseDeviceReviewed.class);
    public static final String REVIEW_OVERDUE = type(InHouseDeviceReviewOverdue.class);
    public static final String INCIDENT_LINKED = type(IncidentLinkedToInHouseDevice.class);
    public static final String WITHDRAWN = type(InHouseDeviceWithdrawn.class);
    /** The number taken for a device, an event of the series aggregate. */
    public static final String NUMBER_ALLOCATED = type(InHouseDeviceNumberAllocated.class);

    /** The events that set the next review date: it is the {@link #NEXT_REVIEW_DUE} of the latest of them. */
    public static final Set<String> NEXT_REVIEW_SET = Set.of(type(InHouseDeviceReleased.class), REVIEWED,
            INCIDENT_LINKED, type(ReviewIntervalChanged.class));
    /** The events that carry the register version. */
    public static final Set<String> VERSIONED = Set.of(type(InHouseDeviceReleased.class),
            type(InHouseDeviceTakenIntoUse.class), type(InHouseDeviceRevised.class));

    /** The status each lifecycle event leaves the device in, by event type name: mtp-api's lifecycle. */
    private static final Map<String, InHouseDeviceStatus> STATUS_AFTER = InHouseDeviceStatus.LIFECYCLE.entrySet()
            .stream().collect(Collectors.toUnmodifiableMap(e -> type(e.getKey()), Map.Entry::getValue));

    /** Named alike on every event that carries it. */
    public static final String DEVICE_ID = field(InHouseDeviceNumberAllocated.class,
            field(InHouseDeviceProposed.class, "deviceId"));
    public static final String VERSION = field(InHouseDeviceReleased.class, field(InHouseDeviceTakenIntoUse.class,
            field(InHouseDeviceRevised.class, "version")));
    /** The case a device was linked to, released under, or that reported an incident with it. */
    public static final String CASE_ID = field(InHouseDeviceCaseLinked.class, field(InHouseDeviceReleased.class,
            field(IncidentLinkedToInHouseDevice.class, "caseId")));
    /**
     * What a proposal, a description and a case link say about the device: per event type, each row field it sets and
     * where the event has it. A description names every descriptive field, so it replaces the earlier one whole.
     */
    public static final Map<String, Map<String, String>> DESCRIBING = Map.of(
            PROPOSED, Map.of(
                    "name", field(InHouseDeviceProposed.class, "name"),
                    "kind", field(InHouseDeviceProposed.class, "kind"),
                    "responsibleUnitId", field(InHouseDeviceProposed.class, "responsibleUnitId")),
            DESCRIBED, Map.of(
                    "name", field(InHouseDeviceDescribed.class, "description.name"),
                    "deviceVersion", field(InHouseDeviceDescribed.class, "description.deviceVersion"),
                    "kind", field(InHouseDeviceDescribed.class, "description.kind"),
                    "responsibleUnitId", field(InHouseDeviceDescribed.class, "description.responsibleUnitId"),
                    "riskClass", field(InHouseDeviceDescribed.class, "description.riskClass")),
            CASE_LINKED, Map.of(
                    "linkedCaseId", CASE_ID,
                    "linkedCaseNumber", field(InHouseDeviceCaseLinked.class, "caseNumber")));
    public static final String NEXT_REVIEW_DUE = field(InHouseDeviceReleased.class,
            field(InHouseDeviceReviewed.class, field(IncidentLinkedToInHouseDevice.class,
                    field(ReviewIntervalChanged.class, "nextReviewDue"))));
    public static final String NEXT_SEARCH_DUE = field(MarketSearchRecorded.class, "nextSearchDue");
    /** The due date group-service's deadline scan found passed (once per due date). */
    public static final String OVERDUE_DUE_DATE = field(InHouseDeviceReviewOverdue.class,
            field(MarketSearchOverdue.class, "dueDate"));
    public static final String WITHDRAWN_ON = field(InHouseDeviceWithdrawn.class, "withdrawnOn");

    private DeviceEvents() {
    }

    /** Whether the record is one of the register's events (of a device or of its number series). */
    public static boolean isRegisterEvent(Document record) {
        String payloadType = Records.payloadType(record);
        return payloadType != null && payloadType.startsWith(PACKAGE);
    }

    /** The status a device enters with this record's event; empty when the event changes no status. */
    public static Optional<InHouseDeviceStatus> statusAfter(Document record) {
        return isRegisterEvent(record) ? Optional.ofNullable(STATUS_AFTER.get(Records.type(record)))
                : Optional.empty();
    }
}
