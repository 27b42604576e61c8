package se.rjh.mtp.reporting.audit;

import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import se.rjh.mtp.reporting.readmodel.Generations;
import se.rjh.mtp.reporting.readmodel.ReadModelWriter;
import se.rjh.mtp.reporting.readmodel.Records;

/**
 * Collects a case's full history across services: its own events (consultations included), the whole history of
 * the LAG assignment and question it is tied to, and a guideline's events from the first one that names the case
 * (the revision it caused) onwards.
 */
@Component
class CaseTrail {

    private static final Comparator<Document> CHRONOLOGICAL = Comparator.comparingLong(Records::millis)
            .thenComparing(d -> d.getString("service")).thenComparing(Records.BY_SEQUENCE);

    private final Generations generations;
    private final ReadModelWriter writer;

    CaseTrail(Generations generations, ReadModelWriter writer) {
        this.generations = generations;
        this.writer = writer;
    }

    /** The case's own events in sequence order (empty when the case is unknown). */
    List<Document> ownEvents(String caseId) {
        return writer.streamOf(caseId).stream().filter(r -> "case-service".equals(r.getString("service"))).toList();
    }

    List<Document> trail(String caseId) {
        List<Document> own = ownEvents(caseId);
        Map<String, Document> entries = new LinkedHashMap<>();
        own.forEach(r -> entries.put(r.getString("_id"), r));
        Set<String> linkedAggregates = new LinkedHashSet<>();
        for (Document r : own) {
            for (String path : AuditLinks.ORIGIN_AGGREGATES) {
                Object id = Records.value(Records.payload(r), List.of(path));
                if (id != null) {
                    linkedAggregates.add(id.toString());
                }
            }
        }
        List<Bson> references = AuditLinks.CASE_REFERENCE.stream().map(f -> Filters.eq("payload." + f, caseId))
                .map(Bson.class::cast).toList();
        Map<String, Long> guidelineFrom = new LinkedHashMap<>();
        for (Document r : generations.active(ReadModelWriter.AUDIT_LOG).find(Filters.or(references))) {
            if (caseId.equals(r.getString("aggregateId"))) {
                continue;
            }
            String aggregateId = r.getString("aggregateId");
            if ("guideline-service".equals(r.getString("service"))) {
                guidelineFrom.merge(aggregateId, r.get("sequence", Number.class).longValue(), Math::min);
            } else {
                linkedAggregates.add(aggregateId);
            }
        }
        linkedAggregates.remove(caseId);
        for (String aggregateId : linkedAggregates) {
            writer.streamOf(aggregateId).forEach(r -> entries.putIfAbsent(r.getString("_id"), r));
        }
        guidelineFrom.forEach((aggregateId, from) -> writer.streamOf(aggregateId).stream()
                .filter(r -> r.get("sequence", Number.class).longValue() >= from)
                .forEach(r -> entries.putIfAbsent(r.getString("_id"), r)));
        List<Document> ordered = new ArrayList<>(entries.values());
        ordered.sort(CHRONOLOGICAL);
        return ordered;
    }

    /** An entry as an auditor reads it: who, when, correlation id and the event's data. */
    static Map<String, Object> entry(Document r) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("eventId", r.getString("_id"));
        e.put("timestamp", r.getString("timestamp"));
        e.put("service", r.getString("service"));
        e.put("aggregateType", r.getString("aggregateType"));
        e.put("aggregateId", r.getString("aggregateId"));
        e.put("sequence", r.get("sequence"));
        e.put("eventType", r.getString("eventType"));
        e.put("actor", r.getString("actor"));
        e.put("correlationId", r.getString("correlationId"));
        e.put("data", Records.payload(r));
        e.put("hash", r.getString("hash"));
        return e;
    }
}
