package se.rjh.mtp.reporting.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import se.rjh.mtp.reporting.readmodel.Records;
import se.rjh.mtp.reporting.readmodel.Percentiles;

/** The pipeline dashboard's figures, computed from the case rows. */
public final class PipelineFigures {

    private static final double HOUR = 3_600_000.0;
    private static final double DAY = 24 * HOUR;

    private PipelineFigures() {
    }

    public static Map<String, Object> compute(List<Document> rows, LocalDate today) {
        Map<String, Integer> perStep = new TreeMap<>();
        Map<String, Integer> perType = new TreeMap<>();
        Map<String, Integer> perMonth = new TreeMap<>();
        Map<String, List<Double>> stepHours = new TreeMap<>();
        Map<String, List<Double>> turnaroundDays = new TreeMap<>();
        List<String> pastDue = new ArrayList<>();
        for (Document row : rows) {
            increment(perStep, row.getString("step"));
            increment(perType, row.getString("caseType"));
            String receivedOn = row.getString("receivedOn");
            increment(perMonth, receivedOn == null || receivedOn.length() < 7 ? null : receivedOn.substring(0, 7));
            List<Document> steps = row.getList("steps", Document.class);
            for (int i = 0; i + 1 < steps.size(); i++) {
                double hours = (steps.get(i + 1).get("at", Number.class).longValue()
                        - steps.get(i).get("at", Number.class).longValue()) / HOUR;
                stepHours.computeIfAbsent(steps.get(i).getString("step"), k -> new ArrayList<>()).add(hours);
            }
            boolean late = false;
            for (Document c : row.getList("consultations", Document.class)) {
                Number requested = c.get("requestedAt", Number.class);
                Number answered = c.get("answeredAt", Number.class);
                if (requested != null && answered != null && c.getString("body") != null) {
                    turnaroundDays.computeIfAbsent(c.getString("body"), k -> new ArrayList<>())
                            .add((answered.longValue() - requested.longValue()) / DAY);
                }
                late |= isOpenAndLate(c, today);
            }
            if (late && !CaseEvents.FINISHED_STEPS.contains(row.getString("step"))) {
                pastDue.add(String.valueOf(row.get("_id")));
            }
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("total", rows.size());
        figures.put("perStep", perStep);
        figures.put("perCaseType", perType);
        figures.put("receivedPerMonth", perMonth);
        figures.put("leadTimeHoursPerStep", summaries(stepHours));
        figures.put("pastConsultationDue", Map.of("count", pastDue.size(), "caseIds", pastDue.stream().sorted().toList()));
        figures.put("consultationTurnaroundDaysPerBody", summaries(turnaroundDays));
        return figures;
    }

    static boolean isOpenAndLate(Document consultation, LocalDate today) {
        if (consultation.get("answeredAt") != null || consultation.getBoolean("waived", false)) {
            return false;
        }
        String due = consultation.getString("dueDate");
        return consultation.getBoolean("overdue", false) || (Records.date(due) != null && Records.date(due).isBefore(today));
    }

    private static Map<String, Object> summaries(Map<String, List<Double>> values) {
        Map<String, Object> out = new TreeMap<>();
        values.forEach((key, list) -> out.put(key, Percentiles.summary(list)));
        return out;
    }

    private static void increment(Map<String, Integer> counts, String key) {
        if (key != null) {
            counts.merge(key, 1, Integer::sum);
        }
    }
}
