package se.rjh.mtp.groups.register.web;

import static se.rjh.mtp.api.common.TextRules.CODE;
import static se.rjh.mtp.api.common.TextRules.LINE;
import static se.rjh.mtp.api.common.TextRules.PARAGRAPH;
import static se.rjh.mtp.api.common.TextRules.TEXT;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import se.rjh.mtp.api.cases.DeviceClass;
import se.rjh.mtp.api.devices.DeviceKind;
import se.rjh.mtp.api.devices.GsprEntry;
import se.rjh.mtp.api.devices.ReviewConclusion;
import se.rjh.mtp.api.devices.ReviewFindings;
import se.rjh.mtp.groups.register.domain.InHouseDevice;

/**
 * Request bodies of {@code /api/devices}; the limits are the aggregate's, stated here for OpenAPI. A
 * {@code changeNote} is required once the device is RELEASED or IN_USE (the change makes a new version). A yes/no
 * question is a {@code Boolean} that must be answered: a left-out answer is refused, never read as "no".
 */
public final class RegisterRequests {

    private RegisterRequests() {
    }

    public record ProposeRequest(@NotBlank @Size(max = LINE) String name, @NotNull DeviceKind kind,
                                 @Size(max = TEXT) String intendedPurpose,
                                 @Size(max = CODE) String responsibleUnitId) {
    }

    public record DescriptionRequest(@NotBlank @Size(max = LINE) String name,
                                     @Size(max = CODE) String deviceVersion,
                                     @NotNull DeviceKind kind,
                                     @Size(max = TEXT) String intendedPurpose,
                                     @Size(max = PARAGRAPH) String targetGroup,
                                     DeviceClass riskClass,
                                     @Size(max = CODE) String classificationRule,
                                     @Size(max = PARAGRAPH) String classificationRationale,
                                     @Size(max = CODE) String responsibleUnitId,
                                     @Size(max = LINE) String manufacturingSite,
                                     @Size(max = LINE) String qmsReference,
                                     @Size(max = LINE) String riskManagementFileRef,
                                     @Size(max = LINE) String documentationRef,
                                     @PositiveOrZero Integer unitsPerYear,
                                     @Size(max = PARAGRAPH) String changeNote) {
    }

    public record MarketSearchRequest(@NotBlank @Size(max = TEXT) String nonEquivalenceJustification,
                                      @NotNull LocalDate searchedOn, @NotNull Boolean equivalentDeviceFound,
                                      @NotBlank @Size(max = TEXT) String result,
                                      @Schema(description = "default: searchedOn + the configured interval")
                                      LocalDate nextSearchDue,
                                      @Size(max = PARAGRAPH) String changeNote) {
    }

    public record GsprRequest(@NotEmpty @Size(max = InHouseDevice.MAX_ENTRIES) List<@NotNull GsprEntry> entries,
                              @Size(max = PARAGRAPH) String changeNote) {
    }

    public record IvoInformationRequest(@NotNull LocalDate informedOn, @NotBlank @Size(max = LINE) String reference,
                                        @Size(max = InHouseDevice.MAX_ENTRIES)
                                        List<@NotBlank @Size(max = LINE) String> contentIncluded,
                                        @Size(max = PARAGRAPH) String changeNote) {
    }

    public record CaseLinkRequest(@NotBlank @Size(max = LINE) String caseId) {
    }

    public record ReviewIntervalRequest(@NotBlank @Schema(example = "P12M",
            description = "an ISO-8601 period") @Size(max = CODE) String reviewInterval) {
    }

    public record ReleaseRequest(@Schema(description = "default: today") LocalDate releasedOn) {
    }

    public record InUseRequest(@Schema(description = "default: today") LocalDate inUseFrom) {
    }

    public record CorrectiveActionRequest(@NotBlank @Size(max = PARAGRAPH) String description,
                                          @NotBlank @Size(max = LINE) String owner, @NotNull LocalDate dueDate) {
    }

    /**
     * {@link ReviewFindings} as sent, so that the unanswered "is there an equivalent CE-marked device?" is refused with
     * the other bad input, before the device's step is looked at; the aggregate refuses it too, for commands that do
     * not come over HTTP. The other rules are the aggregate's.
     */
    public record ReviewFindingsRequest(LocalDate periodFrom, LocalDate periodTo, String clinicalExperience,
                                        String incidents, String complaints,
                                        @NotNull Boolean equivalentDeviceAvailable, String marketSearchNote,
                                        ReviewConclusion conclusion) {

        ReviewFindings toFindings() {
            return new ReviewFindings(periodFrom, periodTo, clinicalExperience, incidents, complaints,
                    equivalentDeviceAvailable, marketSearchNote, conclusion);
        }
    }

    public record ReviewRequest(@NotNull @Valid ReviewFindingsRequest findings,
                                @Size(max = InHouseDevice.MAX_ENTRIES)
                                List<@NotNull @Valid CorrectiveActionRequest> correctiveActions) {
    }

    public record CompletionRequest(@Schema(description = "default: today") LocalDate completedOn,
                                    @Size(max = PARAGRAPH) String note) {
    }

    public record WithdrawalRequest(@NotBlank @Size(max = PARAGRAPH) String reason,
                                    @NotBlank @Size(max = TEXT) String transitionPlan,
                                    @Schema(description = "default: today") LocalDate withdrawnOn,
                                    @Schema(description = "the review that concluded WITHDRAW, if not the latest")
                                    @Size(max = LINE) String reviewId) {
    }
}
