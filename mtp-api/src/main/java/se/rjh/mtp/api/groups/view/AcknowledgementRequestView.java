package se.rjh.mtp.api.groups.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import se.rjh.mtp.api.groups.AcknowledgementResponse;
import se.rjh.mtp.api.groups.DistributionSubjectKind;

/** What a unit sees behind its personal link: what was distributed to it, by when to answer, and its answer. */
@Schema(name = "AcknowledgementRequest", description = "What was distributed to one unit and its acknowledgement")
public record AcknowledgementRequestView(
        String distributionId,
        String unitId,
        String unitName,
        DistributionSubjectKind subjectKind,
        @Schema(description = "the diarienummer, or the document number and version") String subjectReference,
        String subjectTitle,
        @Schema(description = "the chair's message to the units; null when none") String message,
        LocalDate acknowledgeBy,
        AcknowledgementStatus status,
        @Schema(description = "null until acknowledged") AcknowledgementResponse response,
        String comment,
        Instant acknowledgedAt) {
}
