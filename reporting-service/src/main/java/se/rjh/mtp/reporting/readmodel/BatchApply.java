package se.rjh.mtp.reporting.readmodel;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;

/**
 * One batch into one generation. Per aggregate, a record that sorts after everything its head says is applied is
 * folded into the stored rows ({@link RowProjection#next}): O(1) per record and model. A record at or below the head
 * is a redelivery when the audit log holds it already, and changes nothing; otherwise it arrived late, and the
 * aggregate's rows are folded again from its whole stored stream plus the batch (rare). Reads: the heads, then only
 * the rows the heads name, by {@code _id}. Writes, one bulk write per collection, in an order that makes a crash at
 * any point harmless: audit records (stored once, as received), then rows (each knows the last sequence folded into
 * it, so a record applied again is skipped), then stream pages and, last, heads (what the next batch trusts).
 */
final class BatchApply {

    private static final int DUPLICATE_KEY = 11000;
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);
    /** Pages before heads: a head never counts a page that is not stored. */
    private static final BulkWriteOptions ORDERED = new BulkWriteOptions().ordered(true);

    private final Generations generations;
    private final int generation;
    private final List<RowProjection> projections;
    private final List<String> models;
    private final List<WriteModel<Document>> auditWrites = new ArrayList<>();
    private final Map<String, List<WriteModel<Document>>> rowWrites = new LinkedHashMap<>();
    private final List<WriteModel<Document>> pageWrites = new ArrayList<>();
    private final List<WriteModel<Document>> headWrites = new ArrayList<>();

    BatchApply(Generations generations, int generation, List<RowProjection> projections) {
        this.generations = generations;
        this.generation = generation;
        this.projections = projections;
        this.models = projections.stream().map(RowProjection::model).toList();
        models.forEach(m -> rowWrites.put(m, new ArrayList<>()));
    }

    void apply(List<Document> batch) {
        Map<String, Document> distinct = new LinkedHashMap<>();
        batch.forEach(r -> distinct.putIfAbsent(r.getString("_id"), r));
        Map<String, List<Document>> byAggregate = new LinkedHashMap<>();
        distinct.values().forEach(r -> byAggregate.computeIfAbsent(r.getString("aggregateId"), k -> new ArrayList<>())
                .add(r));
        byAggregate.values().forEach(records -> records.sort(Records.BY_SEQUENCE));

        Map<Object, Document> heads = byId(streams(), new ArrayList<>(byAggregate.keySet()));
        Map<String, Map<Object, Document>> rows = new HashMap<>();
        for (String model : models) {
            List<Object> named = byAggregate.keySet().stream()
                    .filter(a -> Streams.rowModels(heads.get(a), models).contains(model)).map(a -> (Object) a).toList();
            rows.put(model, byId(collection(model), named));
        }
        List<Object> late = new ArrayList<>();
        byAggregate.forEach((aggregateId, records) -> {
            long last = Streams.lastSequence(heads.get(aggregateId));
            records.stream().filter(r -> sequence(r) <= last).forEach(r -> late.add(r.getString("_id")));
        });
        Set<Object> known = late.isEmpty() ? Set.of() : collection(ReadModelWriter.AUDIT_LOG)
                .find(Filters.in("_id", late)).projection(Projections.include("_id")).map(d -> d.get("_id"))
                .into(new HashSet<>());

        byAggregate.forEach((aggregateId, records) -> {
            Map<String, Document> stored = new HashMap<>();
            models.forEach(m -> stored.put(m, rows.get(m).get(aggregateId)));
            applyAggregate(aggregateId, records, heads.get(aggregateId), stored, known);
        });
        write();
    }

    private void applyAggregate(String aggregateId, List<Document> records, Document head,
                                Map<String, Document> storedRows, Set<Object> known) {
        long applied = Streams.lastSequence(head);
        boolean refold = Streams.isLegacy(head);
        List<Document> fresh = new ArrayList<>();
        for (Document r : records) {
            if (sequence(r) > applied) {
                fresh.add(r);
            } else {
                refold |= !known.contains(r.getString("_id"));
            }
        }
        if (!refold && fresh.isEmpty()) {
            return; // every record redelivered
        }
        Map<String, Document> rows = new LinkedHashMap<>(storedRows);
        Set<String> touched = new HashSet<>();
        long last = refold ? Long.MIN_VALUE : foldFresh(aggregateId, fresh, rows, applied, touched);
        boolean refolded = last == Long.MIN_VALUE;
        int pages = Streams.pages(head);
        List<String> lastEvents = new ArrayList<>(Streams.lastEvents(head));
        if (refolded) {
            List<Document> stream = refold(aggregateId, records, head, rows);
            last = stream.isEmpty() ? -1 : sequence(stream.get(stream.size() - 1));
            // Every row is written or deleted: one may be stored that the head does not name yet.
            touched.addAll(models);
            records.forEach(r -> auditWrites.add(new InsertOneModel<>(r)));
            pages = 0;
            lastEvents.clear();
            for (Document r : stream) {
                pages = append(aggregateId, pages, lastEvents, r);
            }
        } else {
            for (Document r : fresh) {
                auditWrites.add(new InsertOneModel<>(r));
                pages = append(aggregateId, pages, lastEvents, r);
            }
        }
        for (String model : touched) {
            Document row = rows.get(model);
            if (row != null) {
                rowWrites.get(model).add(replace(row));
            } else if (storedRows.get(model) != null || refolded) {
                rowWrites.get(model).add(new DeleteOneModel<>(Filters.eq("_id", aggregateId)));
            }
        }
        List<String> withRows = models.stream().filter(m -> rows.get(m) != null).toList();
        headWrites.add(replace(Streams.head(aggregateId, last, withRows, pages, lastEvents)));
    }

    /** Adds a record's id to the head's last events; a full page moves out of the head. Returns the page count. */
    private int append(String aggregateId, int pages, List<String> lastEvents, Document record) {
        lastEvents.add(record.getString("_id"));
        if (lastEvents.size() < Streams.PAGE) {
            return pages;
        }
        pageWrites.add(replace(Streams.page(aggregateId, pages, List.copyOf(lastEvents))));
        lastEvents.clear();
        return pages + 1;
    }

    /**
     * Folds records that sort after everything applied into the rows, in order. Returns the last sequence folded, or
     * {@link Long#MIN_VALUE} when the aggregate must be folded again from its whole stream instead.
     */
    private long foldFresh(String aggregateId, List<Document> fresh, Map<String, Document> rows, long applied,
                           Set<String> touched) {
        long last = applied;
        for (Document r : fresh) {
            long sequence = sequence(r);
            if (sequence <= last) {
                return Long.MIN_VALUE; // two events at one sequence: the whole stream decides their order
            }
            for (RowProjection projection : projections) {
                String model = projection.model();
                Document row = rows.get(model);
                if (row != null) {
                    if (lastFolded(row) < sequence) {
                        rows.put(model, projection.next(row, r));
                        touched.add(model);
                    }
                } else if (last < 0) {
                    rows.put(model, withId(aggregateId, projection.row(aggregateId, List.of(r))));
                    touched.add(model);
                } else if (projection.mayStartRow(r)) {
                    return Long.MIN_VALUE;
                }
            }
            last = sequence;
        }
        return last;
    }

    /** Every row of the aggregate from its stored stream and this batch's records; returns that whole stream. */
    private List<Document> refold(String aggregateId, List<Document> records, Document head,
                                  Map<String, Document> rows) {
        Map<String, Document> all = new LinkedHashMap<>();
        storedStream(generations, generation, aggregateId, head).forEach(r -> all.put(r.getString("_id"), r));
        records.forEach(r -> all.putIfAbsent(r.getString("_id"), r));
        List<Document> stream = new ArrayList<>(all.values());
        stream.sort(Records.BY_SEQUENCE);
        for (RowProjection projection : projections) {
            rows.put(projection.model(), withId(aggregateId, projection.row(aggregateId, stream)));
        }
        return stream;
    }

    /** The stored records of an aggregate in sequence order, found by {@code _id} only. */
    static List<Document> storedStream(Generations generations, int generation, String aggregateId, Document head) {
        if (head == null) {
            return List.of();
        }
        List<Object> pageIds = new ArrayList<>();
        for (int page = 0; page < Streams.pages(head); page++) {
            pageIds.add(Streams.pageId(aggregateId, page));
        }
        Map<Object, Document> pages = byId(generations.of(ReadModelWriter.STREAMS, generation), pageIds);
        List<String> ids = new ArrayList<>();
        pageIds.forEach(id -> ids.addAll(Streams.lastEvents(pages.get(id))));
        ids.addAll(Streams.lastEvents(head));
        List<Document> records = generations.of(ReadModelWriter.AUDIT_LOG, generation).find(Filters.in("_id", ids))
                .into(new ArrayList<>());
        records.sort(Records.BY_SEQUENCE);
        return records;
    }

    private void write() {
        try {
            bulk(collection(ReadModelWriter.AUDIT_LOG), auditWrites, UNORDERED);
        } catch (MongoBulkWriteException e) {
            // A record is stored once, as received: finding it stored already (a batch applied again) is fine.
            if (e.getWriteErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE_KEY)) {
                throw e;
            }
        }
        rowWrites.forEach((model, writes) -> bulk(collection(model), writes, UNORDERED));
        List<WriteModel<Document>> streamWrites = new ArrayList<>(pageWrites);
        streamWrites.addAll(headWrites);
        bulk(streams(), streamWrites, ORDERED);
    }

    private static void bulk(MongoCollection<Document> collection, List<WriteModel<Document>> writes,
                             BulkWriteOptions options) {
        if (!writes.isEmpty()) {
            collection.bulkWrite(writes, options);
        }
    }

    private static Map<Object, Document> byId(MongoCollection<Document> collection, Collection<Object> ids) {
        Map<Object, Document> found = new HashMap<>();
        if (!ids.isEmpty()) {
            collection.find(Filters.in("_id", ids)).forEach(d -> found.put(d.get("_id"), d));
        }
        return found;
    }

    private MongoCollection<Document> collection(String model) {
        return generations.of(model, generation);
    }

    private MongoCollection<Document> streams() {
        return collection(ReadModelWriter.STREAMS);
    }

    private static ReplaceOneModel<Document> replace(Document doc) {
        return new ReplaceOneModel<>(Filters.eq("_id", doc.get("_id")), doc, UPSERT);
    }

    /** A folded row as stored: {@code _id} first, as MongoDB keeps it. */
    private static Document withId(String aggregateId, Document row) {
        if (row == null) {
            return null;
        }
        Document stored = new Document("_id", aggregateId);
        row.forEach((k, v) -> {
            if (!"_id".equals(k)) {
                stored.put(k, v);
            }
        });
        return stored;
    }

    private static long lastFolded(Document row) {
        Number sequence = row.get(RowFold.LAST_SEQUENCE, Number.class);
        return sequence == null ? -1 : sequence.longValue();
    }

    private static long sequence(Document record) {
        return record.get("sequence", Number.class).longValue();
    }
}
