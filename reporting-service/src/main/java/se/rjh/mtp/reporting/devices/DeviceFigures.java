package se.rjh.mtp.reporting.devices;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import se.rjh.mtp.api.cases.DeviceClass;
import se.rjh.mtp.api.devices.DeviceKind;
import se.rjh.mtp.api.devices.InHouseDeviceIds;
import se.rjh.mtp.api.devices.InHouseDeviceStatus;
import se.rjh.mtp.api.reporting.view.InHouseDeviceRow;
import se.rjh.mtp.api.reporting.view.InHouseDevicesReport;
import se.rjh.mtp.reporting.readmodel.DueDates;
import se.rjh.mtp.reporting.readmodel.Records;

/**
 * The register panel: devices per status, reviews due within 30/60/90 days and overdue, overdue market searches and
 * incidents per device. The overdue rules are also the work list's.
 */
public final class DeviceFigures {

    /** EGT-2 before EGT-10: by number, as the register counts. */
    public static final Comparator<String> BY_NUMBER = Comparator.comparingLong(DeviceFigures::number)
            .thenComparing(Comparator.naturalOrder());

    private DeviceFigures() {
    }

    public static InHouseDevicesReport compute(List<Document> rows, LocalDate today) {
        Map<String, Integer> perStatus = new LinkedHashMap<>();
        for (InHouseDeviceStatus status : InHouseDeviceStatus.values()) {
            perStatus.put(status.name(), 0);
        }
        List<LocalDate> reviewsDue = new ArrayList<>();
        long reviewsOverdue = 0;
        long searchesOverdue = 0;
        Map<String, Integer> incidents = new TreeMap<>(BY_NUMBER);
        List<InHouseDeviceRow> devices = new ArrayList<>();
        for (Document row : rows) {
            InHouseDeviceRow device = view(row, today);
            devices.add(device);
            if (device.status() != null) {
                perStatus.merge(device.status().name(), 1, Integer::sum);
            }
            if (device.reviewOverdue()) {
                reviewsOverdue++;
            } else {
                reviewsDue.add(device.nextReviewDue());
            }
            searchesOverdue += device.marketSearchOverdue() ? 1 : 0;
            if (device.incidentCount() > 0) {
                incidents.put(device.deviceId(), device.incidentCount());
            }
        }
        devices.sort(Comparator.comparing(InHouseDeviceRow::deviceId, BY_NUMBER));
        return new InHouseDevicesReport(rows.size(), perStatus, DueDates.dueWithin(reviewsDue, today),
                reviewsOverdue, searchesOverdue, incidents, devices);
    }

    /** The row as the register panel shows it, overdue read on {@code today}. */
    public static InHouseDeviceRow view(Document row, LocalDate today) {
        return new InHouseDeviceRow(row.getString("_id"), row.getString("name"),
                parse(DeviceKind.class, row.getString("kind")),
                parse(InHouseDeviceStatus.class, row.getString("status")), row.getInteger("version", 0),
                row.getString("responsibleUnitId"), parse(DeviceClass.class, row.getString("riskClass")),
                row.getString("linkedCaseNumber"), nextReview(row), reviewOverdue(row, today),
                nextMarketSearch(row), marketSearchOverdue(row, today),
                row.getList("incidentCaseIds", String.class, List.of()).size());
    }

    public static LocalDate nextReview(Document row) {
        return Records.date(row.getString("nextReviewDue"));
    }

    public static LocalDate nextMarketSearch(Document row) {
        return Records.date(row.getString("nextMarketSearchDue"));
    }

    /**
     * Group-service's scan found the current review date passed, or it has passed by today. An overdue event for an
     * earlier date (before a review or a new interval moved it) no longer counts.
     */
    public static boolean reviewOverdue(Document row, LocalDate today) {
        return overdue(row, nextReview(row), "reviewOverdueFor", today);
    }

    /** The same for the search for an equivalent CE-marked device. */
    public static boolean marketSearchOverdue(Document row, LocalDate today) {
        return overdue(row, nextMarketSearch(row), "marketSearchOverdueFor", today);
    }

    private static boolean overdue(Document row, LocalDate due, String flaggedFor, LocalDate today) {
        boolean flagged = due != null && due.equals(Records.date(row.getString(flaggedFor)));
        return !withdrawn(row) && DueDates.overdue(flagged, due, today);
    }

    /** A withdrawn device keeps its records but waits for nothing. */
    public static boolean withdrawn(Document row) {
        return InHouseDeviceStatus.WITHDRAWN.name().equals(row.getString("status"));
    }

    private static long number(String deviceId) {
        return InHouseDeviceIds.isValid(deviceId) ? InHouseDeviceIds.number(deviceId) : Long.MAX_VALUE;
    }

    /** A value this build does not know (a newer mtp-api) reads as absent rather than failing the whole panel. */
    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
