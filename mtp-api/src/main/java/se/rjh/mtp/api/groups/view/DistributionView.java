package se.rjh.mtp.api.groups.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import se.rjh.mtp.api.groups.AcknowledgementResponse;
import se.rjh.mtp.api.groups.DistributionSubjectKind;

/**
 * A distribution with where each of its units stands, for the chair.
 *
 * @param id the distribution's id
 * @param subjectId the case id, or the guideline's document number
 * @param subjectReference the diarienummer, or the document number and version
 * @param acknowledgeBy the day by which each unit is asked to acknowledge
 * @param units one entry per unit, in the order distributed
 */
@Schema(name = "Distribution")
public record DistributionView(
        String id,
        DistributionSubjectKind subjectKind,
        String subjectId,
        String subjectReference,
        String subjectTitle,
        LocalDate acknowledgeBy,
        String message,
        String distributedBy,
        LocalDate distributedOn,
        List<UnitAcknowledgement> units) {

    /**
     * One unit of a distribution and its acknowledgement
     *
     * @param response null until acknowledged
     * @param overdueSince the day the overdue check found it past due; null otherwise
     * @param link the unit's personal acknowledgement link (interim: shown here until it is mailed)
     */
    @Schema(name = "DistributionUnit")
    public record UnitAcknowledgement(
            String unitId,
            String unitName,
            String contactEmail,
            AcknowledgementStatus status,
            AcknowledgementResponse response,
            String comment,
            Instant acknowledgedAt,
            LocalDate overdueSince,
            String link) {
    }
}
