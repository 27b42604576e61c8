package se.rjh.mtp.reporting.worklist;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import se.rjh.mtp.api.reporting.view.WorklistItem;
import se.rjh.mtp.platform.time.WorkingDays;

/**
 * When something is on a work list, read on one day: the limits of the bevakning, in one place. Everything else
 * (assignments past due, guideline and in-house device reviews overdue) is the dashboards' rule, reused.
 */
final class WorklistRules {

    /** Public-records law asks for registration without delay: one working day after receipt at the latest. */
    static final int REGISTRATION_WORKING_DAYS = 1;
    static final int CONSULTATION_DAYS_AHEAD = 5;
    static final int FOLLOW_UP_DAYS_OPEN = 30;
    static final int REVIEW_DAYS_AHEAD = 30;

    /** Overdue first, then by due date (none last), then by kind and number so the order is stable. */
    static final Comparator<WorklistItem> ORDER = Comparator.comparing(WorklistItem::overdue).reversed()
            .thenComparing(WorklistItem::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(WorklistItem::kind)
            .thenComparing(WorklistItem::number, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(WorklistRules::key);

    private final WorkingDays workingDays;
    private final LocalDate today;

    WorklistRules(WorkingDays workingDays, LocalDate today) {
        this.workingDays = workingDays;
        this.today = today;
    }

    LocalDate today() {
        return today;
    }

    /** Received and still unregistered after more than one working day. */
    boolean registrationLate(LocalDate receivedOn) {
        return receivedOn != null && workingDays.workingDaysBetween(receivedOn, today) > REGISTRATION_WORKING_DAYS;
    }

    /** The day registration was due: the next working day after receipt. */
    LocalDate registrationDue(LocalDate receivedOn) {
        return workingDays.nextWorkingDay(receivedOn);
    }

    /** Due within five days from today, or overdue. */
    boolean consultationDue(LocalDate dueDate) {
        return dueDate != null && !dueDate.isAfter(today.plusDays(CONSULTATION_DAYS_AHEAD));
    }

    /** Without an outcome more than 30 days after the decision. */
    boolean followUpLongOpen(LocalDate decidedOn) {
        return decidedOn != null && daysSince(decidedOn) > FOLLOW_UP_DAYS_OPEN;
    }

    /** Review (of a guideline or an in-house device) or market search within 30 days from today, or overdue. */
    boolean reviewDue(LocalDate nextReview, boolean overdue) {
        return overdue || (nextReview != null && !nextReview.isAfter(today.plusDays(REVIEW_DAYS_AHEAD)));
    }

    boolean isPast(LocalDate dueDate) {
        return dueDate != null && dueDate.isBefore(today);
    }

    Integer daysSince(LocalDate day) {
        return day == null ? null : Math.toIntExact(ChronoUnit.DAYS.between(day, today));
    }

    private static String key(WorklistItem item) {
        return String.join("/", String.valueOf(item.caseId()), String.valueOf(item.consultationId()),
                String.valueOf(item.followUpId()), String.valueOf(item.assignmentId()),
                String.valueOf(item.guidelineId()), String.valueOf(item.deviceId()));
    }

    /** The same item reached through two roles (a chair who is also the case officer) is listed once. */
    static String identity(WorklistItem item) {
        return item.kind() + ":" + key(item);
    }
}
