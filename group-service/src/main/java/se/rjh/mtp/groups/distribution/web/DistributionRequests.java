package se.rjh.mtp.groups.distribution.web;

import static se.rjh.mtp.api.common.TextRules.CODE;
import static se.rjh.mtp.api.common.TextRules.PARAGRAPH;
import static se.rjh.mtp.api.common.TextRules.TEXT;

import io.swagger.v3.oas.annotations.media.Schema;
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

    public record DistributeRequest(@NotNull DistributionSubjectKind subjectKind,
                                    @Schema(description = "the decided case's id, or the published guideline's "
                                            + "document number") @NotBlank @Size(max = CODE) String subjectId,
                                    @NotEmpty @Size(max = Distribution.MAX_UNITS)
                                    List<@NotBlank @Size(max = CODE) String> unitIds,
                                    @Schema(description = "the day by which each unit is asked to acknowledge; "
                                            + "after today") @NotNull LocalDate acknowledgeBy,
                                    @Schema(description = "a message to the units") @Size(max = TEXT) String message) {
    }

    public record AcknowledgementRequest(@Schema(description = "IMPLEMENTED: läst och infört; NOT_APPLICABLE: ej "
                                                 + "tillämpligt (then a comment is required)")
                                         @NotNull AcknowledgementResponse response,
                                         @Size(max = PARAGRAPH) String comment) {
    }
}
