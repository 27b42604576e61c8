package se.rjh.mtp.reporting.readmodel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Applies batches of generic audit records to a generation of read models: the audit log ({@code _id} = event id),
 * the per-aggregate {@link Streams} and every row projection. The live consumer and the replay take the same path,
 * {@link #apply(List, int)}: one bulk write per collection per batch, each row moved on by the batch's records of its
 * aggregate in memory. Applying a batch again, whole or in part, changes nothing; see {@link BatchApply}.
 */
@Component
public class ReadModelWriter {

    public static final String AUDIT_LOG = "audit_log";
    public static final String STREAMS = "streams";

    private final Generations generations;
    private final List<RowProjection> projections;
    private final List<Consumer<Document>> liveListeners = new CopyOnWriteArrayList<>();
    private final Map<Integer, Object> locks = new ConcurrentHashMap<>();
    private final AtomicLong appliedBatches = new AtomicLong();

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

    /** A batch from the live consumer: goes to the active generation and to one being built by a replay. */
    public void applyLive(List<Document> records) {
        for (int generation : generations.writeTargets()) {
            apply(records, generation);
        }
        records.forEach(r -> liveListeners.forEach(l -> l.accept(r)));
    }

    public void apply(Document record, int generation) {
        apply(List.of(record), generation);
    }

    /**
     * One batch into one generation. Batches into the same generation (the live consumer's and a replay's) take
     * turns, so that no row is moved on from a state another batch is replacing.
     */
    public void apply(List<Document> records, int generation) {
        if (records.isEmpty()) {
            return;
        }
        synchronized (locks.computeIfAbsent(generation, g -> new Object())) {
            new BatchApply(generations, generation, projections).apply(records);
        }
        appliedBatches.incrementAndGet();
    }

    /**
     * How many batches this writer has applied, into any generation: a reader that keeps what it computed from the
     * rows knows by it whether they may have changed since.
     */
    public long appliedBatches() {
        return appliedBatches.get();
    }

    /** The stored records of one aggregate in the active generation, in sequence order. */
    public List<Document> streamOf(String aggregateId) {
        int generation = generations.active();
        MongoCollection<Document> streams = generations.of(STREAMS, generation);
        Document head = streams.find(Filters.eq("_id", aggregateId)).first();
        return BatchApply.storedStream(generations, generation, aggregateId, head);
    }
}
