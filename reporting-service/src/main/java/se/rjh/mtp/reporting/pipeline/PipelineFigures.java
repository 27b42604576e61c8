package se.rjh.mtp.reporting.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.rjh.mtp.api.reporting.view.CaseRow;
import se.rjh.mtp.api.reporting.view.CaseStepEntered;
import se.rjh.mtp.api.reporting.view.ConsultationRow;
import se.rjh.mtp.api.reporting.view.PastConsultationDue;
import se.rjh.mtp.api.reporting.view.PipelineReport;
import se.rjh.mtp.reporting.readmodel.Percentiles;
import se.rjh.mtp.reporting.readmodel.Records;

/** The pipeline dashboard's figures, computed from the case rows. */
public final class PipelineFigures {

    private static final double HOUR = 3_600_000.0;
    private static final double DAY = 24 * HOUR;

    private PipelineFigures() {
    }

    public static PipelineReport compute(List<CaseRow> rows, LocalDate today) {
        Map<String, Integer> perStep = new TreeMap<>();
        Map<String, Integer> perType = new TreeMap<>();
        Map<String, Integer> perMonth = new TreeMap<>();
        Map<String, List<Double>> stepHours = new TreeMap<>();
        Map<String, List<Double>> turnaroundDays = new TreeMap<>();
        List<String> pastDue = new ArrayList<>();
        for (CaseRow row : rows) {
            increment(perStep, row.step() == null ? null : row.step().name());
            increment(perType, row.caseType());
            String receivedOn = row.receivedOn();
            increment(perMonth, receivedOn == null || receivedOn.length() < 7 ? null : receivedOn.substring(0, 7));
            List<CaseStepEntered> steps = row.steps();
            for (int i = 0; i + 1 < steps.size(); i++) {
                double hours = (steps.get(i + 1).at() - steps.get(i).at()) / HOUR;
                stepHours.computeIfAbsent(steps.get(i).step().name(), k -> new ArrayList<>()).add(hours);
            }
            boolean late = false;
            for (ConsultationRow c : row.consultations()) {
                if (c.requestedAt() != null && c.answeredAt() != null && c.body() != null) {
                    turnaroundDays.computeIfAbsent(c.body(), k -> new ArrayList<>())
                            .add((c.answeredAt() - c.requestedAt()) / DAY);
                }
                late |= isOpenAndLate(c, today);
            }
            if (late && (row.step() == null || !row.step().finished())) {
                pastDue.add(row.id());
            }
        }
        return new PipelineReport(rows.size(), perStep, perType, perMonth, Percentiles.summaries(stepHours),
                new PastConsultationDue(pastDue.size(), pastDue.stream().sorted().toList()),
                Percentiles.summaries(turnaroundDays));
    }

    static boolean isOpenAndLate(ConsultationRow consultation, LocalDate today) {
        if (consultation.answeredAt() != null || consultation.waived()) {
            return false;
        }
        LocalDate due = Records.date(consultation.dueDate());
        return consultation.overdue() || (due != null && due.isBefore(today));
    }

    private static void increment(Map<String, Integer> counts, String key) {
        if (key != null) {
            counts.merge(key, 1, Integer::sum);
        }
    }
}
