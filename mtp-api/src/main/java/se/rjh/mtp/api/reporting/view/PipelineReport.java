package se.rjh.mtp.api.reporting.view;

import java.util.Map;

/**
 * The case pipeline dashboard: every case counted by step, type and month, lead times per step and consultation
 * turnaround per consulted body
 *
 * @param total Number of cases
 * @param perStep Cases per current step (CaseStep name)
 * @param perCaseType Cases per case type
 * @param receivedPerMonth Cases per month received (yyyy-MM)
 * @param leadTimeHoursPerStep Hours spent in each step before the next one, per step
 * @param consultationTurnaroundDaysPerBody Days from consultation request to answer, per consulted body
 */
public record PipelineReport(
        int total,
        Map<String, Integer> perStep,
        Map<String, Integer> perCaseType,
        Map<String, Integer> receivedPerMonth,
        Map<String, PercentileSummary> leadTimeHoursPerStep,
        PastConsultationDue pastConsultationDue,
        Map<String, PercentileSummary> consultationTurnaroundDaysPerBody) {
}
