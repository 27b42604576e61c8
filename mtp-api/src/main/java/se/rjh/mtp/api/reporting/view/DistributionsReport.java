package se.rjh.mtp.api.reporting.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import se.rjh.mtp.api.groups.AcknowledgementResponse;
import se.rjh.mtp.api.groups.DistributionSubjectKind;
import se.rjh.mtp.api.groups.view.AcknowledgementStatus;

/**
 * Per distribution: which units have acknowledged and which are overdue, newest distribution first.
 */
@Schema(name = "DistributionsReport")
public record DistributionsReport(
        List<Row> distributions) {

    /**
     * One distribution with its units' acknowledgements
     *
     * @param units how many units it went to
     * @param acknowledged how many have acknowledged
     * @param overdue how many are past the date without acknowledging
     */
    @Schema(name = "DistributionsReportRow")
    public record Row(
            String distributionId,
            DistributionSubjectKind subjectKind,
            String subjectReference,
            String subjectTitle,
            LocalDate distributedOn,
            LocalDate acknowledgeBy,
            int units,
            int acknowledged,
            int overdue,
            List<UnitRow> unitStates) {
    }

    /**
     * One unit of a distribution
     *
     * @param response null until acknowledged
     */
    @Schema(name = "DistributionsReportUnit")
    public record UnitRow(
            String unitId,
            String unitName,
            AcknowledgementStatus status,
            AcknowledgementResponse response,
            Instant acknowledgedAt) {
    }
}
