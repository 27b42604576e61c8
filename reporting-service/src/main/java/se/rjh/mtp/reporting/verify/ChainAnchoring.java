package se.rjh.mtp.reporting.verify;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bson.Document;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.reporting.view.ChainAnchors;
import se.rjh.mtp.reporting.ingest.AuditRecords;
import se.rjh.mtp.reporting.readmodel.Generations;
import se.rjh.mtp.reporting.readmodel.ReadModelWriter;

/**
 * Each aggregate's head (last sequence, its event id and hash) of one writing service, from this service's copy of
 * every event received over Kafka. The writing service's database user cannot rewrite this copy, so its event store
 * must still reach every head here; the writing service checks that itself when given these anchors
 * ({@code POST /api/admin/event-store/verify}). Records that fail this copy's own verification are not anchors: a
 * record without a hash or one that cannot be read is reported by {@link ChainVerification} instead.
 */
@Component
public record ChainAnchoring(Generations generations) {

    public ChainAnchors heads(String service) {
        if (service == null || !AuditRecords.isSourceService(service)) {
            throw new InvalidInputException("service", "must be case-service, group-service or guideline-service");
        }
        Map<String, ChainAnchors.Head> heads = new LinkedHashMap<>();
        // In sequence order, so each aggregate's last record is the one kept.
        for (Document r : generations.active(ReadModelWriter.AUDIT_LOG)
                .find(Filters.and(Filters.eq("service", service), Filters.ne("hash", null)))
                .sort(Sorts.ascending("aggregateId", "sequence", "_id"))) {
            if (r.get("aggregateId") instanceof String aggregateId && r.get("sequence") instanceof Number sequence
                    && r.get("_id") instanceof String eventId && r.get("hash") instanceof String hash) {
                heads.put(aggregateId, new ChainAnchors.Head(sequence.longValue(), eventId, hash));
            }
        }
        return new ChainAnchors(service, heads);
    }
}
