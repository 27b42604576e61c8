package se.rjh.mtp.api.reporting.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

@Schema(description = "The case pipeline dashboard: every case counted by step, type and month, lead times per "
        + "step and consultation turnaround per consulted body")
public record PipelineReport(
        @Schema(description = "Number of cases") int total,
        @Schema(description = "Cases per current step (CaseStep name)") Map<String, Integer> perStep,
        @Schema(description = "Cases per case type") Map<String, Integer> perCaseType,
        @Schema(description = "Cases per month received (yyyy-MM)") Map<String, Integer> receivedPerMonth,
        @Schema(description = "Hours spent in each step before the next one, per step")
        Map<String, PercentileSummary> leadTimeHoursPerStep,
        PastConsultationDue pastConsultationDue,
        @Schema(description = "Days from consultation request to answer, per consulted body")
        Map<String, PercentileSummary> consultationTurnaroundDaysPerBody) {
}
