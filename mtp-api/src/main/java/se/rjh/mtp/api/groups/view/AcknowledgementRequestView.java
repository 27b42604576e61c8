package se.rjh.mtp.api.groups.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import se.rjh.mtp.api.groups.AcknowledgementResponse;
import se.rjh.mtp.api.groups.DistributionSubjectKind;

/**
 * What a unit sees behind its personal link: what was distributed to it, by when to answer, and its answer.
 *
 * @param subjectReference the diarienummer, or the document number and version
 * @param message the chair's message to the units; null when none
 * @param response null until acknowledged
 */
@Schema(name = "AcknowledgementRequest")
public record AcknowledgementRequestView(
        String distributionId,
        String unitId,
        String unitName,
        DistributionSubjectKind subjectKind,
        String subjectReference,
        String subjectTitle,
        String message,
        LocalDate acknowledgeBy,
        AcknowledgementStatus status,
        AcknowledgementResponse response,
        String comment,
        Instant acknowledgedAt) {
}
