package se.rjh.mtp.reporting.audit;

import com.mongodb.client.model.Filters;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.common.NotFoundException;
import se.rjh.mtp.api.reporting.view.AuditTrail;
import se.rjh.mtp.api.reporting.view.CaseAtInstant;
import se.rjh.mtp.reporting.devices.DeviceEvents;
import se.rjh.mtp.reporting.guidelines.GuidelineEvents;
import se.rjh.mtp.reporting.pipeline.CaseEvents;
import se.rjh.mtp.reporting.readmodel.Generations;
import se.rjh.mtp.reporting.readmodel.ReadModelWriter;
import se.rjh.mtp.reporting.readmodel.Records;

/**
 * Collects a case's full history across services: its own events (consultations included), the diarienummer taken
 * for it, the whole history of the LAG assignments tied to it (their questions included), a guideline's events from
 * the first one that names the case (the revision it caused) onwards, and the in-house device register's events that
 * name the case (the device it allowed, an incident with a device).
 */
@Component
record CaseTrail(Generations generations, ReadModelWriter writer) {

    /** The case's own events in sequence order (empty when the case is unknown). */
    private List<Document> ownEvents(String caseId) {
        return writer.streamOf(caseId).stream().filter(r -> "case-service".equals(Records.service(r))).toList();
    }

    private List<Document> trail(String caseId) {
        List<Document> own = ownEvents(caseId);
        Map<String, Document> entries = new LinkedHashMap<>();
        own.forEach(r -> entries.put(r.getString("_id"), r));
        Set<String> assignments = new LinkedHashSet<>();
        for (Document r : own) {
            for (String path : AuditLinks.CASE_TO_ASSIGNMENT) {
                String id = Records.text(r, path);
                if (id != null) {
                    assignments.add(id);
                }
            }
        }
        Set<String> paths = new LinkedHashSet<>(List.of(AuditLinks.CASE_REFERENCE, AuditLinks.NUMBERED_CASE));
        paths.addAll(GuidelineEvents.SOURCE_CASE);
        Bson references = Filters.or(paths.stream().map(f -> Filters.eq("payload." + f, caseId)).toList());
        Map<String, Long> guidelineFrom = new LinkedHashMap<>();
        for (Document r : generations.active(ReadModelWriter.AUDIT_LOG).find(references)) {
            String aggregateId = r.getString("aggregateId");
            switch (String.valueOf(r.getString("service"))) {
                // The diarienummer taken for this case; the rest of the year's series belongs to other cases.
                case "case-service" -> {
                    if (CaseEvents.NUMBER_ASSIGNED.equals(Records.type(r))
                            && caseId.equals(Records.text(r, AuditLinks.NUMBERED_CASE))) {
                        entries.putIfAbsent(r.getString("_id"), r);
                    }
                }
                case "group-service" -> {
                    boolean names = caseId.equals(Records.text(r, AuditLinks.CASE_REFERENCE));
                    // A device's link to the case, not the device's whole history (its own trail holds that).
                    if (names && DeviceEvents.isRegisterEvent(r)) {
                        entries.putIfAbsent(r.getString("_id"), r);
                    } else if (names) {
                        assignments.add(aggregateId);
                    }
                }
                case "guideline-service" -> {
                    if (caseId.equals(Records.text(r, GuidelineEvents.SOURCE_CASE))) {
                        guidelineFrom.merge(aggregateId, r.get("sequence", Number.class).longValue(), Math::min);
                    }
                }
                default -> { }
            }
        }
        assignments.remove(caseId);
        for (String aggregateId : assignments) {
            writer.streamOf(aggregateId).forEach(r -> entries.putIfAbsent(r.getString("_id"), r));
        }
        guidelineFrom.forEach((aggregateId, from) -> writer.streamOf(aggregateId).stream()
                .filter(r -> r.get("sequence", Number.class).longValue() >= from)
                .forEach(r -> entries.putIfAbsent(r.getString("_id"), r)));
        return Trails.inTimeOrder(entries.values(), caseId);
    }

    /** The case's trail as an auditor reads it: who, when, correlation id and each event's data. */
    AuditTrail of(String caseId) {
        List<Document> records = trail(caseId);
        if (records.stream().noneMatch(r -> caseId.equals(r.getString("aggregateId")))) {
            throw new NotFoundException("Case", caseId);
        }
        return new AuditTrail(caseId, Trails.entries(records));
    }

    /** The case as it stood at an instant, from its own events up to then. */
    CaseAtInstant at(String caseId, Instant asOf) {
        CaseAtInstant view = PointInTime.fold(caseId, ownEvents(caseId), asOf);
        if (view == null) {
            throw new NotFoundException("Case at " + asOf, caseId);
        }
        return view;
    }
}
