package se.rjh.mtp.reporting.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import se.rjh.mtp.reporting.pipeline.CasePipelineRows;
import se.rjh.mtp.reporting.readmodel.Records;

/** A case as it stood at an instant: its own events up to then, folded in sequence order. */
final class PointInTime {

    private PointInTime() {
    }

    static Map<String, Object> fold(String caseId, List<Document> ownEventsInSequence, Instant asOf) {
        List<Document> upTo = ownEventsInSequence.stream().filter(r -> Records.millis(r) <= asOf.toEpochMilli())
                .toList();
        if (upTo.isEmpty()) {
            return null;
        }
        // Every payload field, latest value wins: nothing a later dashboard change drops is lost from the view.
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Document r : upTo) {
            Records.payload(r).forEach((k, v) -> {
                if (v != null) {
                    fields.put(k, v);
                }
            });
        }
        Document last = upTo.get(upTo.size() - 1);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("caseId", caseId);
        view.put("asOf", asOf.toString());
        view.put("eventsApplied", upTo.size());
        view.put("lastEventType", last.getString("eventType"));
        view.put("lastEventAt", last.getString("timestamp"));
        Document state = new CasePipelineRows().row(caseId, upTo);
        view.put("state", state);
        view.put("fields", fields);
        return view;
    }
}
