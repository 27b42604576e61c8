package se.rjh.mtp.api.reporting.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import se.rjh.mtp.api.groups.AcknowledgementResponse;
import se.rjh.mtp.api.groups.DistributionSubjectKind;
import se.rjh.mtp.api.groups.view.AcknowledgementStatus;

/** Per distribution: which units have acknowledged and which are overdue, newest distribution first. */
@Schema(name = "DistributionsReport", description = "The distributions to units and their acknowledgements")
public record DistributionsReport(List<Row> distributions) {

    @Schema(name = "DistributionsReportRow", description = "One distribution with its units' acknowledgements")
    public record Row(String distributionId, DistributionSubjectKind subjectKind, String subjectReference,
                      String subjectTitle, LocalDate distributedOn, LocalDate acknowledgeBy,
                      @Schema(description = "how many units it went to") int units,
                      @Schema(description = "how many have acknowledged") int acknowledged,
                      @Schema(description = "how many are past the date without acknowledging") int overdue,
                      List<UnitRow> unitStates) {
    }

    @Schema(name = "DistributionsReportUnit", description = "One unit of a distribution")
    public record UnitRow(String unitId, String unitName, AcknowledgementStatus status,
                          @Schema(description = "null until acknowledged") AcknowledgementResponse response,
                          Instant acknowledgedAt) {
    }
}
