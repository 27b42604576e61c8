package se.rjh.mtp.portal.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import se.rjh.mtp.api.reporting.view.AuditTrailEntry;
import se.rjh.mtp.portal.config.ClockConfiguration;

/**
 * The trail page's filters (a GET form, so each view has an address and the CSV export carries the same filter):
 * service, event type and actor exactly, and the dates from–to inclusive in the region's time zone. Blank means any.
 */
record TrailFilter(String service, String eventType, String actor, LocalDate from, LocalDate to) {

    TrailFilter {
        service = blankToNull(service);
        eventType = blankToNull(eventType);
        actor = blankToNull(actor);
    }

    List<AuditTrailEntry> apply(List<AuditTrailEntry> entries) {
        return entries.stream().filter(this::matches).toList();
    }

    boolean matches(AuditTrailEntry entry) {
        if (service != null && !service.equals(entry.service())
                || eventType != null && !eventType.equals(entry.eventType())
                || actor != null && !actor.equals(entry.actor())) {
            return false;
        }
        if (from == null && to == null) {
            return true;
        }
        LocalDate day = Instant.parse(entry.timestamp()).atZone(ClockConfiguration.STOCKHOLM).toLocalDate();
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    boolean isEmpty() {
        return Objects.equals(this, new TrailFilter(null, null, null, null, null));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
