package se.rjh.mtp.groups.register.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.rjh.mtp.api.common.RecordNotificationSent;
import se.rjh.mtp.api.devices.GsprEntry;
import se.rjh.mtp.api.devices.InHouseDeviceDescription;
import se.rjh.mtp.api.devices.DeviceKind;
import se.rjh.mtp.api.devices.ReviewFindings;

/**
 * The commands of the register. Dates are given by the caller (today in Europe/Stockholm at the edge), so the
 * aggregate needs no clock. {@code changeNote} is required when the device is RELEASED or IN_USE: the change then
 * makes a new version.
 */
public final class RegisterCommands {

    private RegisterCommands() {
    }

    /**
     * Enter a device, PROPOSED, with the next number {@code EGT-<n>}; answered with the id.
     *
     * @param linkedCase the decided case that proposed it, or null for a proposal by hand
     * @param requestKey what may ask twice (the deciding case's id): the same key gets the same device
     */
    public record ProposeInHouseDevice(String name, DeviceKind kind, String intendedPurpose, String responsibleUnitId,
                                       LocalDate proposedOn, CaseLink linkedCase, String requestKey) {
    }

    /** A decided IN_HOUSE_MANUFACTURING case. */
    public record CaseLink(String caseId, String caseNumber, LocalDate decidedOn) {
    }

    public record DescribeDevice(@TargetAggregateIdentifier String deviceId, InHouseDeviceDescription description,
                                 String changeNote, LocalDate today) {
    }

    /** {@code nextSearchDue} null: {@code searchedOn} + the configured interval. */
    public record RecordMarketSearch(@TargetAggregateIdentifier String deviceId, String nonEquivalenceJustification,
                                     LocalDate searchedOn, boolean equivalentDeviceFound, String result,
                                     LocalDate nextSearchDue, String changeNote, LocalDate today) {
    }

    public record RecordGspr(@TargetAggregateIdentifier String deviceId, List<GsprEntry> entries, String changeNote,
                             LocalDate today) {
    }

    public record RecordIvoInformation(@TargetAggregateIdentifier String deviceId, LocalDate informedOn,
                                       String reference, List<String> contentIncluded, String changeNote,
                                       LocalDate today) {
    }

    public record LinkCase(@TargetAggregateIdentifier String deviceId, CaseLink linkedCase) {
    }

    public record StartDevelopment(@TargetAggregateIdentifier String deviceId, LocalDate startedOn) {
    }

    /** Answered with what a release still needs (empty: ready); changes nothing. */
    public record CheckRelease(@TargetAggregateIdentifier String deviceId) {
    }

    public record ReleaseDevice(@TargetAggregateIdentifier String deviceId, LocalDate releasedOn) {
    }

    public record TakeIntoUse(@TargetAggregateIdentifier String deviceId, LocalDate inUseFrom, LocalDate today) {
    }

    public record WithdrawDevice(@TargetAggregateIdentifier String deviceId, LocalDate withdrawnOn, String reason,
                                 String transitionPlan, String reviewId) {
    }

    public record ChangeReviewInterval(@TargetAggregateIdentifier String deviceId, Period reviewInterval) {
    }

    /** An incident case named the device; answered true when newly linked. */
    public record LinkIncident(@TargetAggregateIdentifier String deviceId, String caseId, String caseNumber,
                               LocalDate eventDate, LocalDate linkedOn) {
    }

    /**
     * A corrective action as a review decides it; the aggregate gives it its id.
     */
    public record NewCorrectiveAction(String description, String owner, LocalDate dueDate) {
    }

    public record RecordReview(@TargetAggregateIdentifier String deviceId, String reviewId, ReviewFindings findings,
                               List<NewCorrectiveAction> correctiveActions, LocalDate reviewedOn) {
    }

    public record CompleteCorrectiveAction(@TargetAggregateIdentifier String deviceId, String reviewId,
                                           String actionId, LocalDate completedOn, String note) {
    }

    /** From the deadline scan; answered true when newly raised. */
    public record MarkReviewOverdue(@TargetAggregateIdentifier String deviceId, LocalDate today) {
    }

    /** From the deadline scan; answered true when newly raised. */
    public record MarkMarketSearchOverdue(@TargetAggregateIdentifier String deviceId, LocalDate today) {
    }

    /** The platform's notifier records a sent reminder through this (the assignment takes its plain command). */
    public record RecordDeviceNotification(@TargetAggregateIdentifier String deviceId,
                                           RecordNotificationSent notification) {
    }
}
