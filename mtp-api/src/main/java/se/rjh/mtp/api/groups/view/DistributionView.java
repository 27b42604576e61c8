package se.rjh.mtp.api.groups.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import se.rjh.mtp.api.groups.AcknowledgementResponse;
import se.rjh.mtp.api.groups.DistributionSubjectKind;

/** A distribution with where each of its units stands, for the chair. */
@Schema(name = "Distribution", description = "A decision, MTP-rådet recommendation or guideline distributed to units")
public record DistributionView(
        @Schema(description = "the distribution's id") String id,
        DistributionSubjectKind subjectKind,
        @Schema(description = "the case id, or the guideline's document number") String subjectId,
        @Schema(description = "the diarienummer, or the document number and version") String subjectReference,
        String subjectTitle,
        @Schema(description = "the day by which each unit is asked to acknowledge") LocalDate acknowledgeBy,
        String message,
        String distributedBy,
        LocalDate distributedOn,
        @Schema(description = "one entry per unit, in the order distributed") List<UnitAcknowledgement> units) {

    @Schema(name = "DistributionUnit", description = "One unit of a distribution and its acknowledgement")
    public record UnitAcknowledgement(
            String unitId,
            String unitName,
            String contactEmail,
            AcknowledgementStatus status,
            @Schema(description = "null until acknowledged") AcknowledgementResponse response,
            String comment,
            Instant acknowledgedAt,
            @Schema(description = "the day the overdue check found it past due; null otherwise") LocalDate overdueSince,
            @Schema(description = "the unit's personal acknowledgement link (interim: shown here until it is mailed)")
            String link) {
    }
}
