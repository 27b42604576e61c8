package se.rjh.mtp.reporting.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import se.rjh.mtp.api.reporting.view.CaseAtInstant;
import se.rjh.mtp.reporting.pipeline.CasePipelineRows;
import se.rjh.mtp.reporting.readmodel.Records;

/** A case as it stood at an instant: its own events up to then, folded in sequence order. */
final class PointInTime {

    private static final CasePipelineRows CASE_ROWS = new CasePipelineRows();

    private PointInTime() {
    }

    static CaseAtInstant fold(String caseId, List<Document> ownEventsInSequence, Instant asOf) {
        List<Document> upTo = ownEventsInSequence.stream().filter(r -> Records.millis(r) <= asOf.toEpochMilli())
                .toList();
        if (upTo.isEmpty()) {
            return null;
        }
        // Every payload field, latest value wins: nothing a later dashboard change drops is lost from the view.
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Document r : upTo) {
            Records.shownPayload(r).forEach((k, v) -> {
                if (v != null) {
                    fields.put(k, v);
                }
            });
        }
        Document last = upTo.get(upTo.size() - 1);
        Document state = CASE_ROWS.row(caseId, upTo);
        return new CaseAtInstant(caseId, asOf.toString(), upTo.size(), Records.type(last),
                last.getString("timestamp"), state == null ? null : CasePipelineRows.view(caseId, state), fields);
    }
}
