package se.rjh.mtp.reporting.pipeline;

import static se.rjh.mtp.reporting.readmodel.Records.millis;
import static se.rjh.mtp.reporting.readmodel.Records.text;
import static se.rjh.mtp.reporting.readmodel.Records.type;

import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.cases.CaseStep;
import se.rjh.mtp.api.reporting.view.CaseRow;
import se.rjh.mtp.api.reporting.view.CaseStepEntered;
import se.rjh.mtp.api.reporting.view.ConsultationRow;
import se.rjh.mtp.reporting.readmodel.RowFold;

/**
 * One row per case: what the pipeline dashboard, the diarium and the point-in-time view need. The row is stored as
 * a document and read back as a {@link CaseRow} by {@link #view}, so its shape is written and read in this file.
 */
@Component
public class CasePipelineRows extends RowFold {

    public static final String MODEL = "pipeline_cases";

    public CasePipelineRows() {
        super(MODEL, CaseEvents::startsCase);
    }

    @Override
    protected Document emptyRow() {
        return new Document("caseNumber", null).append("subject", null).append("caseType", null)
                .append("channel", null).append("step", null).append("receivedOn", null).append("sender", null)
                .append("secret", false).append("steps", new ArrayList<Document>())
                .append("consultations", new ArrayList<Document>());
    }

    @Override
    protected Document fold(Document row, Document r) {
        CaseEvents.copyFacts(row, r);
        setIfPresent(row, "sender", sender(r));
        CaseEvents.secretAfter(r).ifPresent(secret -> row.put("secret", secret));
        CaseEvents.stepEntered(r).map(CaseStep::name)
                .filter(step -> !step.equals(row.getString("step")))
                .ifPresent(step -> {
                    row.put("step", step);
                    row.getList("steps", Document.class).add(new Document("step", step).append("at", millis(r)));
                });
        consultation(r, row.getList("consultations", Document.class));
        return row;
    }

    /** A stored row (or one just folded) as the typed case row. */
    public static CaseRow view(String caseId, Document row) {
        return new CaseRow(caseId, row.getString("caseNumber"), row.getString("subject"), row.getString("caseType"),
                row.getString("channel"), step(row.getString("step")), row.getString("receivedOn"),
                row.getString("sender"), row.getBoolean("secret", false),
                row.getList("steps", Document.class).stream()
                        .map(s -> new CaseStepEntered(step(s.getString("step")), s.get("at", Number.class).longValue()))
                        .toList(),
                row.getList("consultations", Document.class).stream().map(CasePipelineRows::consultationView)
                        .toList(),
                row.get(LAST_SEQUENCE, Number.class).longValue());
    }

    private static CaseStep step(String name) {
        return name == null ? null : CaseStep.valueOf(name);
    }

    private static ConsultationRow consultationView(Document c) {
        return new ConsultationRow(c.getString("consultationId"), c.getString("body"), epochMillis(c, "requestedAt"),
                c.getString("dueDate"), epochMillis(c, "answeredAt"), c.getBoolean("waived", false),
                c.getBoolean("overdue", false));
    }

    private static Long epochMillis(Document doc, String key) {
        Number value = doc.get(key, Number.class);
        return value == null ? null : value.longValue();
    }

    /** Consultations stay in the order they were first named; a case has a handful, so a scan finds one. */
    private static void consultation(Document r, List<Document> consultations) {
        String id = text(r, CaseEvents.CONSULTATION_ID);
        if (id == null) {
            return;
        }
        Document c = consultations.stream().filter(k -> id.equals(k.getString("consultationId"))).findFirst()
                .orElse(null);
        if (c == null) {
            c = new Document("consultationId", id).append("body", null).append("requestedAt", null)
                    .append("dueDate", null).append("answeredAt", null).append("waived", false)
                    .append("overdue", false);
            consultations.add(c);
        }
        String type = type(r);
        setIfPresent(c, "body", text(r, CaseEvents.BODY));
        setIfPresent(c, "dueDate", text(r, CaseEvents.DUE_DATE));
        if (CaseEvents.CONSULTATION_REQUESTED.equals(type)) {
            c.put("requestedAt", millis(r));
        } else if (CaseEvents.CONSULTATION_ANSWERED.equals(type)) {
            c.put("answeredAt", millis(r));
        } else if (CaseEvents.CONSULTATION_WAIVED.equals(type) || CaseEvents.CONSULTATION_WITHDRAWN.equals(type)) {
            c.put("waived", true);
        } else if (CaseEvents.CONSULTATION_DUE_DATE_CHANGED.equals(type)) {
            c.put("overdue", false);
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
}
