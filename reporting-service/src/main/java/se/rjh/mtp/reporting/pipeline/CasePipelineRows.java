package se.rjh.mtp.reporting.pipeline;

import static se.rjh.mtp.reporting.readmodel.Records.millis;
import static se.rjh.mtp.reporting.readmodel.Records.text;
import static se.rjh.mtp.reporting.readmodel.Records.type;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.stereotype.Component;
import se.rjh.mtp.reporting.readmodel.RowProjection;

/** One row per case: what the pipeline dashboard, the diarium and the point-in-time view need. */
@Component
public class CasePipelineRows implements RowProjection {

    public static final String MODEL = "pipeline_cases";

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public Document row(String caseId, List<Document> records) {
        // Only a case's own stream starts with CaseReceived; the number series and other aggregates make no row.
        if (records.stream().noneMatch(r -> CaseEvents.RECEIVED.equals(type(r)))) {
            return null;
        }
        Document row = new Document("caseNumber", null).append("subject", null).append("caseType", null)
                .append("channel", null).append("step", null).append("receivedOn", null).append("sender", null)
                .append("secret", false);
        List<Document> steps = new ArrayList<>();
        Map<String, Document> consultations = new LinkedHashMap<>();
        for (Document r : records) {
            setIfPresent(row, "caseNumber", text(r, CaseEvents.CASE_NUMBER));
            setIfPresent(row, "subject", text(r, CaseEvents.SUBJECT));
            setIfPresent(row, "caseType", text(r, CaseEvents.CASE_TYPE));
            setIfPresent(row, "channel", text(r, CaseEvents.CHANNEL));
            setIfPresent(row, "receivedOn", text(r, CaseEvents.RECEIVED_ON));
            setIfPresent(row, "sender", sender(r));
            if (CaseEvents.REGISTERED.equals(type(r)) && text(r, CaseEvents.SECRECY) != null) {
                row.put("secret", true);
            }
            String step = CaseEvents.STEP_ENTERED.get(type(r));
            if (step != null && !step.equals(row.getString("step"))) {
                row.put("step", step);
                steps.add(new Document("step", step).append("at", millis(r)));
            }
            consultation(r, consultations);
        }
        return row.append("steps", steps).append("consultations", new ArrayList<>(consultations.values()))
                .append("lastSequence", records.get(records.size() - 1).get("sequence"));
    }

    private static void consultation(Document r, Map<String, Document> consultations) {
        String id = text(r, CaseEvents.CONSULTATION_ID);
        if (id == null) {
            return;
        }
        Document c = consultations.computeIfAbsent(id, k -> new Document("consultationId", k).append("body", null)
                .append("requestedAt", null).append("dueDate", null).append("answeredAt", null)
                .append("waived", false).append("overdue", false));
        String type = type(r);
        setIfPresent(c, "body", text(r, CaseEvents.BODY));
        setIfPresent(c, "dueDate", text(r, CaseEvents.DUE_DATE));
        if (CaseEvents.CONSULTATION_REQUESTED.equals(type)) {
            c.put("requestedAt", millis(r));
        } else if (CaseEvents.CONSULTATION_ANSWERED.equals(type)) {
            c.put("answeredAt", millis(r));
        } else if (CaseEvents.CONSULTATION_WAIVED.equals(type)) {
            c.put("waived", true);
        } else if (CaseEvents.CONSULTATION_OVERDUE.equals(type)) {
            c.put("overdue", true);
        }
    }

    private static String sender(Document r) {
        String name = text(r, CaseEvents.SENDER_NAME);
        String unit = text(r, CaseEvents.SENDER_UNIT);
        if (name == null) {
            return unit;
        }
        return unit == null ? name : name + ", " + unit;
    }

    private static void setIfPresent(Document doc, String key, Object value) {
        if (value != null) {
            doc.put(key, value);
        }
    }
}
