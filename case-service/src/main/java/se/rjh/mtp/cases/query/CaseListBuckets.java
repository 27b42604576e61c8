package se.rjh.mtp.cases.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateManyModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.bson.Document;
import se.rjh.mtp.api.cases.CaseStep;
import se.rjh.mtp.api.cases.CaseType;

/**
 * Which cases are in each step and of each type, so that the list finds them by {@code _id} instead of scanning
 * every case: per step and per type, {@link #PIECES} documents ({@code step:IN_PREPARATION:5},
 * {@code type:INTRODUCTION:5}) holding the list keys of their cases, a case's piece chosen by its id. A key is
 * {@code receivedOn|caseId}, which is all the list's order needs, so a page is cut from the keys and only its own
 * rows are read, by {@code _id $in}; the total is the number of keys. The pieces keep each write small: a change
 * rewrites one piece, not every key of the step.
 *
 * <p>Each change is {@code $addToSet} or {@code $pull} on one document: atomic on its own, so the tracking processor
 * and the dead-letter retrier may write at once, and idempotent, so a redelivered event changes nothing. MongoDB and
 * the embedded server both answer every query here from the {@code _id} index.
 */
final class CaseListBuckets {

    /** Newest received first, then by id: the order the list has always had. */
    static final Comparator<String> LIST_ORDER = Comparator.comparing(CaseListBuckets::receivedOn).reversed()
            .thenComparing(CaseListBuckets::caseId);

    private static final String KEYS = "keys";
    private static final char SEPARATOR = '|';
    private static final String TYPE = "type:";
    /** Pieces per step and per type: more make writes smaller and reads look up more documents. */
    static final int PIECES = 16;

    private final MongoCollection<Document> buckets;

    CaseListBuckets(MongoCollection<Document> buckets) {
        this.buckets = buckets;
    }

    /** A case's place in the list: its key, the step it left (null when none) and the one it is in now. */
    record Placement(String key, CaseStep left, CaseStep entered, CaseType caseType) {
    }

    static String key(String receivedOn, String caseId) {
        return (receivedOn == null ? "" : receivedOn) + SEPARATOR + caseId;
    }

    static String caseId(String key) {
        return key.substring(key.indexOf(SEPARATOR) + 1);
    }

    private static String receivedOn(String key) {
        return key.substring(0, key.indexOf(SEPARATOR));
    }

    /**
     * Moves the case from the step it left to the one it entered; a new case (nothing left) joins its type too. A
     * redelivered event makes the same, harmless, changes again.
     */
    void place(Placement placement) {
        List<WriteModel<Document>> changes = new ArrayList<>();
        if (placement.left() != null && placement.left() != placement.entered()) {
            changes.add(new UpdateOneModel<>(Filters.eq("_id", step(placement.left(), placement.key())),
                    Updates.pull(KEYS, placement.key())));
        }
        if (placement.left() != placement.entered()) {
            changes.add(added(step(placement.entered(), placement.key()), placement.key()));
        }
        if (placement.left() == null && placement.caseType() != null) {
            changes.add(added(type(placement.caseType(), placement.key()), placement.key()));
        }
        if (!changes.isEmpty()) {
            buckets.bulkWrite(changes);
        }
    }

    /**
     * Puts the case where its row says, whatever it was before: for an event whose row was written but whose
     * buckets may not have been (a crash between the two). Takes it out of every other step.
     */
    void repair(String key, CaseStep step, CaseType caseType) {
        List<String> others = Arrays.stream(CaseStep.values()).filter(s -> s != step).map(s -> step(s, key)).toList();
        List<WriteModel<Document>> changes = new ArrayList<>();
        changes.add(new UpdateManyModel<>(Filters.in("_id", others), Updates.pull(KEYS, key)));
        changes.add(added(step(step, key), key));
        if (caseType != null) {
            changes.add(added(type(caseType, key), key));
        }
        buckets.bulkWrite(changes);
    }

    /**
     * The keys of the cases in {@code step} (all steps when null) and of {@code caseType} (any when null), in list
     * order, read in one query. A case caught moving between two steps counts once.
     */
    List<String> keys(CaseStep step, CaseType caseType) {
        List<String> ids = new ArrayList<>();
        for (int piece = 0; piece < PIECES; piece++) {
            int p = piece;
            (step == null ? Arrays.stream(CaseStep.values()) : Stream.of(step)).forEach(s -> ids.add(step(s) + p));
            if (caseType != null) {
                ids.add(type(caseType) + p);
            }
        }
        List<String> inStep = new ArrayList<>();
        Set<String> ofType = new HashSet<>();
        for (Document bucket : buckets.find(Filters.in("_id", ids))) {
            List<String> keys = bucket.getList(KEYS, String.class, List.of());
            if (bucket.getString("_id").startsWith(TYPE)) {
                ofType.addAll(keys);
            } else {
                inStep.addAll(keys);
            }
        }
        return inStep.stream().filter(key -> caseType == null || ofType.contains(key)).distinct().sorted(LIST_ORDER)
                .toList();
    }

    void clear() {
        buckets.deleteMany(new Document());
    }

    boolean isEmpty() {
        return buckets.find().first() == null;
    }

    /** Adds cases to their step and type buckets, a bucket at a time: for rows written before the buckets existed. */
    void fill(List<Placement> cases) {
        Map<String, List<String>> keys = new HashMap<>();
        for (Placement c : cases) {
            keys.computeIfAbsent(step(c.entered(), c.key()), b -> new ArrayList<>()).add(c.key());
            if (c.caseType() != null) {
                keys.computeIfAbsent(type(c.caseType(), c.key()), b -> new ArrayList<>()).add(c.key());
            }
        }
        keys.forEach((bucket, added) -> buckets.updateOne(Filters.eq("_id", bucket), Updates.addEachToSet(KEYS, added),
                new UpdateOptions().upsert(true)));
    }

    private static UpdateOneModel<Document> added(String bucket, String key) {
        return new UpdateOneModel<>(Filters.eq("_id", bucket), Updates.addToSet(KEYS, key),
                new UpdateOptions().upsert(true));
    }

    /** The piece of {@code step} that holds the case with this key. */
    static String step(CaseStep step, String key) {
        return step(step) + piece(key);
    }

    private static String type(CaseType type, String key) {
        return type(type) + piece(key);
    }

    private static String step(CaseStep step) {
        return "step:" + Objects.requireNonNull(step).name() + ":";
    }

    private static String type(CaseType type) {
        return TYPE + type.name() + ":";
    }

    private static int piece(String key) {
        return Math.floorMod(caseId(key).hashCode(), PIECES);
    }
}
