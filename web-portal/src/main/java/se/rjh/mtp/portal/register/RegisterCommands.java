package se.rjh.mtp.portal.register;

import java.time.LocalDate;
import java.util.List;
import se.rjh.mtp.api.cases.DeviceClass;
import se.rjh.mtp.api.devices.DeviceKind;
import se.rjh.mtp.api.devices.GsprEntry;
import se.rjh.mtp.api.devices.ReviewFindings;

/**
 * The bodies of the register's commands (group-service {@code /api/devices/{id}/...}), as the service declares them.
 * {@code changeNote} is required once the device is released (a change then makes a new version) and null before.
 */
public final class RegisterCommands {

    private RegisterCommands() {
    }

    /** PUT /api/devices/{id}/description */
    public record Description(String name, String deviceVersion, DeviceKind kind, String intendedPurpose,
                              String targetGroup, DeviceClass riskClass, String classificationRule,
                              String classificationRationale, String responsibleUnitId, String manufacturingSite,
                              String qmsReference, String riskManagementFileRef, String documentationRef,
                              Integer unitsPerYear, String changeNote) {
    }

    /**
     * PUT /api/devices/{id}/market-search; a left-out nextSearchDue is the searchedOn + the configured interval. A
     * null equivalentDeviceFound (not answered) is refused by the service, never read as "no".
     */
    public record MarketSearch(String nonEquivalenceJustification, LocalDate searchedOn, Boolean equivalentDeviceFound,
                               String result, LocalDate nextSearchDue, String changeNote) {
    }

    /** PUT /api/devices/{id}/gspr: merged per requirement. */
    public record Gspr(List<GsprEntry> entries, String changeNote) {
    }

    /** PUT /api/devices/{id}/ivo-information */
    public record IvoInformation(LocalDate informedOn, String reference, List<String> contentIncluded,
                                 String changeNote) {
    }

    /** POST /api/devices/{id}/release; a left-out date is today. */
    public record Release(LocalDate releasedOn) {
    }

    /** POST /api/devices/{id}/in-use; a left-out date is today. */
    public record InUse(LocalDate inUseFrom) {
    }

    /** POST /api/devices/{id}/withdrawal */
    public record Withdrawal(String reason, String transitionPlan, LocalDate withdrawnOn, String reviewId) {
    }

    /** POST /api/devices/{id}/reviews */
    public record Review(ReviewFindings findings, List<NewCorrectiveAction> correctiveActions) {
    }

    /** A corrective action as a review decides it; the service gives it its id. */
    public record NewCorrectiveAction(String description, String owner, LocalDate dueDate) {
    }

    /** POST /api/devices/{id}/reviews/{reviewId}/actions/{actionId}/completion */
    public record ActionCompletion(LocalDate completedOn, String note) {
    }
}
