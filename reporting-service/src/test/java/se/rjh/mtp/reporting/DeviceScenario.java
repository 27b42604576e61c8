package se.rjh.mtp.reporting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import se.rjh.mtp.api.cases.CaseReceived;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.Channel;
import se.rjh.mtp.api.cases.DeviceClass;
import se.rjh.mtp.api.cases.IncidentDetailsRecorded;
import se.rjh.mtp.api.cases.Submitter;
import se.rjh.mtp.api.common.NotificationKind;
import se.rjh.mtp.api.common.NotificationSent;
import se.rjh.mtp.api.devices.DeviceKind;
import se.rjh.mtp.api.devices.IncidentLinkedToInHouseDevice;
import se.rjh.mtp.api.devices.InHouseDeviceCaseLinked;
import se.rjh.mtp.api.devices.InHouseDeviceDescribed;
import se.rjh.mtp.api.devices.InHouseDeviceDescription;
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
import se.rjh.mtp.api.devices.ReviewConclusion;
import se.rjh.mtp.api.devices.ReviewFindings;
import se.rjh.mtp.api.devices.ReviewIntervalChanged;

/**
 * The register of in-house devices as group-service publishes it, with dates relative to {@code today}:
 * <ul>
 *   <li>EGT-1 in use, market search overdue (scan and reminder), two incident cases, review due in 19 days;</li>
 *   <li>EGT-2 released, review overdue by the scan, market search due in 49 days;</li>
 *   <li>EGT-3 released, reviewed after an overdue review, then a shorter interval: review due in 49 days, version 2;</li>
 *   <li>EGT-4 withdrawn while proposed, its market search long past (nothing due any more);</li>
 *   <li>EGT-10 proposed only.</li>
 * </ul>
 * Plus the incident case that named EGT-1 first (its details name the device by register id).
 */
final class DeviceScenario {

    static final String SERIES = "EGT";
    static final String DEVICE = "InHouseDevice";

    final String linkedCaseId;
    final String incidentCaseId;
    final List<DomainEventMessage<?>> events = new ArrayList<>();
    private final EventFactory factory;
    private final LocalDate today;
    private Instant at;

    DeviceScenario(EventFactory factory, LocalDate today, Instant start, String prefix) {
        this.factory = factory;
        this.today = today;
        this.at = start;
        this.linkedCaseId = prefix + "-in-house-case";
        this.incidentCaseId = prefix + "-incident-1";

        proposed(1, "Skena", DeviceKind.MD);
        device("EGT-1", new InHouseDeviceDescribed("EGT-1", new InHouseDeviceDescription("Handledsskena", "2.1",
                DeviceKind.MD, "Fixering av handled", "Vuxna", DeviceClass.MDR_I, "Regel 1", "Icke-invasiv",
                "ortopedteknik-ost", "Verkstaden", "QMS-7", "RMF-1", "DOK-1", 40)));
        device("EGT-1", new InHouseDeviceCaseLinked("EGT-1", linkedCaseId, "MTP/1/2026", day(-80)));
        device("EGT-1", new MarketSearchRecorded("EGT-1", "Ingen likvärdig storlek", day(-78), false,
                "Sökt i EUDAMED", day(-17)));
        device("EGT-1", new InHouseDeviceDevelopmentStarted("EGT-1", day(-77)));
        device("EGT-1", new InHouseDeviceReleased("EGT-1", 1, linkedCaseId, day(-60), day(305)));
        device("EGT-1", new InHouseDeviceTakenIntoUse("EGT-1", 1, day(-55)));
        device("EGT-1", new MarketSearchOverdue("EGT-1", day(-17), day(-16)));
        device("EGT-1", new NotificationSent("EGT-1", NotificationKind.IN_HOUSE_DEVICE_MARKET_SEARCH_OVERDUE,
                "ordforande@example.se", "Marknadssökning för EGT-1 är försenad", at, "trigger-1"));
        add("Case", incidentCaseId, new CaseReceived(incidentCaseId, "Skena brast", null, CaseType.INCIDENT_FOLLOW_UP,
                Channel.INCIDENT_REPORT, new Submitter("Per Pål", "Ortopedi", null), day(-31), null));
        add("Case", incidentCaseId, new IncidentDetailsRecorded(incidentCaseId, day(-32), null, null, null, day(-30),
                false, "EGT-1"));
        device("EGT-1", new IncidentLinkedToInHouseDevice("EGT-1", incidentCaseId, "MTP/5/2026", day(-32), day(-30),
                day(19)));
        device("EGT-1", new IncidentLinkedToInHouseDevice("EGT-1", prefix + "-incident-2", "MTP/6/2026", day(-22),
                day(-21), day(19)));

        proposed(2, "Reagens", DeviceKind.IVD);
        device("EGT-2", new InHouseDeviceDevelopmentStarted("EGT-2", day(-400)));
        device("EGT-2", new InHouseDeviceReleased("EGT-2", 1, prefix + "-case-2", day(-377), day(-12)));
        device("EGT-2", new InHouseDeviceReviewOverdue("EGT-2", day(-12), day(-11)));
        device("EGT-2", new MarketSearchRecorded("EGT-2", "Ingen CE-märkt", day(-316), false, "Sökt", day(49)));

        proposed(3, "Mall", DeviceKind.MD);
        device("EGT-3", new InHouseDeviceReleased("EGT-3", 1, prefix + "-case-3", day(-396), day(-31)));
        device("EGT-3", new InHouseDeviceReviewOverdue("EGT-3", day(-31), day(-30)));
        device("EGT-3", new InHouseDeviceReviewed("EGT-3", "r1", new ReviewFindings(day(-396), day(-7), "Fungerar",
                "Inga", "Inga", false, "Ingen likvärdig", ReviewConclusion.CHANGE), List.of(), day(-7), day(358)));
        device("EGT-3", new ReviewIntervalChanged("EGT-3", "P6M", day(49)));
        device("EGT-3", new InHouseDeviceRevised("EGT-3", 2, "Ny storlek", day(-6)));

        proposed(4, "Kudde", DeviceKind.MD);
        device("EGT-4", new ReviewIntervalChanged("EGT-4", "P6M", null));
        device("EGT-4", new MarketSearchRecorded("EGT-4", "Ingen", day(-400), false, "Sökt", day(-40)));
        device("EGT-4", new InHouseDeviceWithdrawn("EGT-4", InHouseDeviceStatus.PROPOSED, day(-45),
                "Behovet upphörde", "Ingen patient berörs", null));

        proposed(10, "Sond", DeviceKind.MD);
    }

    /** The day the scenario's dates are relative to. */
    LocalDate today() {
        return today;
    }

    private LocalDate day(int fromToday) {
        return today.plusDays(fromToday);
    }

    private void proposed(int number, String name, DeviceKind kind) {
        String id = "EGT-" + number;
        add("InHouseDeviceNumberSeries", SERIES, new InHouseDeviceNumberAllocated(SERIES, number, id, "key-" + id));
        device(id, new InHouseDeviceProposed(id, name, kind, name + " för en patientgrupp", "ortopedteknik",
                day(-100)));
    }

    private void device(String id, Object payload) {
        add(DEVICE, id, payload);
    }

    private void add(String type, String aggregateId, Object payload) {
        events.add(factory.event(type, aggregateId, payload, "ordforande", "corr-" + aggregateId, at));
        at = at.plus(Duration.ofMinutes(1));
    }
}
