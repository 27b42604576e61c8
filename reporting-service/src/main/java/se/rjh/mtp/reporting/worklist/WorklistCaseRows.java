package se.rjh.mtp.reporting.worklist;

import static se.rjh.mtp.reporting.readmodel.Records.millis;
import static se.rjh.mtp.reporting.readmodel.Records.text;
import static se.rjh.mtp.reporting.readmodel.Records.type;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bson.Document;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.cases.CaseStep;
import se.rjh.mtp.reporting.pipeline.CaseEvents;
import se.rjh.mtp.reporting.readmodel.Records;
import se.rjh.mtp.reporting.readmodel.RowFold;

/**
 * One row per case with what may put it on someone's work list: the step, the case officer, the consultations still
 * waiting for an answer and the follow-ups still without an outcome. Dates stay as the events give them; whether an
 * item is due is decided when the list is read ({@link WorklistRules}), against the one Clock.
 */
@Component
public class WorklistCaseRows extends RowFold {

    public static final String MODEL = "worklist_cases";

    public WorklistCaseRows() {
        super(MODEL, CaseEvents::startsCase);
    }

    @Override
    protected Document emptyRow() {
        return new Document("caseNumber", null).append("subject", null).append("secret", false).append("step", null)
                .append("receivedOn", null).append("caseOfficer", null).append("proposedAt", null)
                .append("consultations", new ArrayList<Document>()).append("followUps", new ArrayList<Document>())
                .append("consultationsOpen", false).append("followUpsOpen", false);
    }

    @Override
    protected Document fold(Document row, Document r) {
        String type = type(r);
        CaseEvents.copyFacts(row, r);
        setIfPresent(row, "caseOfficer", text(r, WorklistEvents.CASE_OFFICER));
        CaseEvents.secretAfter(r).ifPresent(secret -> row.put("secret", secret));
        CaseEvents.stepEntered(r).ifPresent(step -> row.put("step", step.name()));
        if (WorklistEvents.PROPOSED.equals(type)) {
            row.put("proposedAt", millis(r));
        }
        List<Document> consultations = row.getList("consultations", Document.class);
        consultation(r, consultations);
        if (CaseEvents.stepEntered(r).filter(CaseStep::finished).isPresent()) {
            consultations.clear(); // a decided, closed or voided case waits for no answer
        }
        List<Document> followUps = row.getList("followUps", Document.class);
        followUps(r, followUps);
        // What the lists ask Mongo for: only cases that still wait on someone.
        row.put("consultationsOpen", !consultations.isEmpty());
        row.put("followUpsOpen", !followUps.isEmpty());
        return row;
    }

    /** Open consultations by id: requested, given a new due date, and gone once answered, waived or withdrawn. */
    private static void consultation(Document r, List<Document> open) {
        String id = text(r, CaseEvents.CONSULTATION_ID);
        String type = type(r);
        if (id == null) {
            return;
        }
        open.removeIf(c -> id.equals(c.getString("consultationId"))
                && (WorklistEvents.CONSULTATION_CLOSED.contains(type)
                || CaseEvents.CONSULTATION_REQUESTED.equals(type)));
        if (CaseEvents.CONSULTATION_REQUESTED.equals(type)) {
            open.add(new Document("consultationId", id).append("body", text(r, CaseEvents.BODY))
                    .append("dueDate", text(r, CaseEvents.DUE_DATE)));
        } else if (CaseEvents.CONSULTATION_DUE_DATE_CHANGED.equals(type)) {
            open.stream().filter(c -> id.equals(c.getString("consultationId")))
                    .forEach(c -> c.put("dueDate", text(r, CaseEvents.DUE_DATE)));
        }
    }

    /** A decision opens its follow-ups (replacing any of the same id); an outcome closes one. */
    private static void followUps(Document r, List<Document> open) {
        String type = type(r);
        if (WorklistEvents.DECIDED.equals(type)) {
            String decidedOn = text(r, WorklistEvents.DECIDED_ON);
            List<Document> decided = Records.payload(r).getList(WorklistEvents.FOLLOW_UPS, Document.class, List.of());
            for (Document f : decided) {
                String id = string(f, WorklistEvents.FOLLOW_UP_ID);
                open.removeIf(o -> Objects.equals(o.getString("followUpId"), id));
                open.add(new Document("followUpId", id).append("kind", string(f, WorklistEvents.FOLLOW_UP_KIND))
                        .append("decidedOn", decidedOn).append("dueDate", string(f, WorklistEvents.FOLLOW_UP_DUE)));
            }
        } else if (WorklistEvents.FOLLOW_UP_OUTCOME.equals(type)) {
            String id = text(r, WorklistEvents.OUTCOME_FOLLOW_UP_ID);
            open.removeIf(o -> Objects.equals(o.getString("followUpId"), id));
        }
    }

    private static String string(Document doc, String key) {
        Object value = doc.get(key);
        return value == null ? null : value.toString();
    }
}
