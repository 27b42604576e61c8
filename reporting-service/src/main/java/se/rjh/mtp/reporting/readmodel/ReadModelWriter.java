package se.rjh.mtp.reporting.readmodel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Stores one generic audit record per event ({@code _id} = event id, so redelivery is a no-op) and rebuilds every
 * row projection of the event's aggregate from the aggregate's stored records in sequence order.
 */
@Component
public class ReadModelWriter {

    public static final String AUDIT_LOG = "audit_log";
    public static final String STREAMS = "streams";
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final Generations generations;
    private final List<RowProjection> projections;
    private final List<Consumer<Document>> liveListeners = new CopyOnWriteArrayList<>();

    public ReadModelWriter(Generations generations, List<RowProjection> projections) {
        this.generations = generations;
        this.projections = List.copyOf(projections);
    }

    /** Every read model, by collection name without the generation suffix, in digest order. */
    public List<String> models() {
        List<String> models = new ArrayList<>(List.of(AUDIT_LOG, STREAMS));
        projections.forEach(p -> models.add(p.model()));
        return models;
    }

    public void onLiveApplied(Consumer<Document> listener) {
        liveListeners.add(listener);
    }

    /** An event from the live consumer: goes to the active generation and to one being built by a replay. */
    public void applyLive(Document record) {
        for (int generation : generations.writeTargets()) {
            apply(record, generation);
        }
        liveListeners.forEach(l -> l.accept(record));
    }

    /** Serialised so that two writers never rebuild a row from a stale stream. */
    public synchronized void apply(Document record, int generation) {
        generations.of(AUDIT_LOG, generation).replaceOne(Filters.eq("_id", record.getString("_id")), record, UPSERT);
        String aggregateId = record.getString("aggregateId");
        List<Document> stream = stream(aggregateId, generation, record.getString("_id"));
        for (RowProjection projection : projections) {
            MongoCollection<Document> rows = generations.of(projection.model(), generation);
            Document row = projection.row(aggregateId, stream);
            if (row == null) {
                rows.deleteOne(Filters.eq("_id", aggregateId));
            } else {
                rows.replaceOne(Filters.eq("_id", aggregateId), row.append("_id", aggregateId), UPSERT);
            }
        }
    }

    /** Adds the event to its aggregate's stream document and returns the stream's records in sequence order. */
    private List<Document> stream(String aggregateId, int generation, String eventId) {
        MongoCollection<Document> streams = generations.of(STREAMS, generation);
        Document doc = streams.find(Filters.eq("_id", aggregateId)).first();
        List<String> ids = new ArrayList<>(doc == null ? List.of() : doc.getList("events", String.class));
        if (!ids.contains(eventId)) {
            ids.add(eventId);
        }
        List<Document> records = generations.of(AUDIT_LOG, generation).find(Filters.in("_id", ids))
                .into(new ArrayList<>());
        records.sort(Records.BY_SEQUENCE);
        List<String> sorted = records.stream().map(r -> r.getString("_id")).toList();
        streams.replaceOne(Filters.eq("_id", aggregateId),
                new Document("_id", aggregateId).append("events", sorted), UPSERT);
        return records;
    }

    /** The stored records of one aggregate in the active generation, in sequence order. */
    public List<Document> streamOf(String aggregateId) {
        Document doc = generations.active(STREAMS).find(Filters.eq("_id", aggregateId)).first();
        if (doc == null) {
            return List.of();
        }
        List<Document> records = generations.active(AUDIT_LOG)
                .find(Filters.in("_id", doc.getList("events", String.class))).into(new ArrayList<>());
        records.sort(Records.BY_SEQUENCE);
        return records;
    }
}
