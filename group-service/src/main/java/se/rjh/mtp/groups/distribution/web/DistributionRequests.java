package se.rjh.mtp.groups.distribution.web;

import static se.rjh.mtp.api.common.TextRules.CODE;
import static se.rjh.mtp.api.common.TextRules.PARAGRAPH;
import static se.rjh.mtp.api.common.TextRules.TEXT;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import se.rjh.mtp.api.groups.AcknowledgementResponse;
import se.rjh.mtp.api.groups.DistributionSubjectKind;
import se.rjh.mtp.groups.distribution.domain.Distribution;

/** Request bodies of the distribution endpoints; the limits are the aggregate's, stated here for OpenAPI. */
public final class DistributionRequests {

    private DistributionRequests() {
    }

    /**
     * @param subjectId the decided case's id, or the published guideline's document number
     * @param acknowledgeBy the day by which each unit is asked to acknowledge; after today
     * @param message a message to the units
     */
    public record DistributeRequest(
            @NotNull DistributionSubjectKind subjectKind,
            @NotBlank @Size(max = CODE) String subjectId,
            @NotEmpty @Size(max = Distribution.MAX_UNITS) List<@NotBlank @Size(max = CODE) String> unitIds,
            @NotNull LocalDate acknowledgeBy,
            @Size(max = TEXT) String message) {
    }

    /**
     * @param response IMPLEMENTED: läst och infört; NOT_APPLICABLE: ej tillämpligt (then a comment is required)
     */
    public record AcknowledgementRequest(
            @NotNull AcknowledgementResponse response,
            @Size(max = PARAGRAPH) String comment) {
    }
}
