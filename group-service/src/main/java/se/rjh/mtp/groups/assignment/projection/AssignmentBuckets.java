package se.rjh.mtp.groups.assignment.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateManyModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bson.Document;
import se.rjh.mtp.api.groups.AssignmentStatus;

/**
 * Which assignments are in each status, of each group, and of each group in each status (the LAG's own work list),
 * so that lists find them by {@code _id} instead of scanning every assignment. Each bucket is {@link #PIECES}
 * documents, an assignment's piece chosen by its id, holding the list keys of its assignments,
 * {@code createdAtMillis|assignmentId}: all the list's order needs, so a page is cut from the keys and only its rows
 * are read, by {@code _id $in}. The pieces keep each write small: a change rewrites one piece, not the whole bucket.
 *
 * <p>Each change is {@code $addToSet} or {@code $pull} on one document: atomic, so the tracking processor and the
 * dead-letter retrier may write at once, and idempotent, so a redelivered event changes nothing. MongoDB and the
 * embedded server answer every query here from the {@code _id} index.
 */
final class AssignmentBuckets {

    /** Newest first, then by id: the order the list has always had. */
    static final Comparator<String> LIST_ORDER = Comparator.comparingLong(AssignmentBuckets::createdAt).reversed()
            .thenComparing(AssignmentBuckets::assignmentId);

    private static final String KEYS = "keys";
    private static final char SEPARATOR = '|';
    /** Pieces per bucket: more make writes smaller and reads look up more documents. */
    static final int PIECES = 8;

    private final MongoCollection<Document> buckets;

    AssignmentBuckets(MongoCollection<Document> buckets) {
        this.buckets = buckets;
    }

    /** An assignment's move: its key, its group, the status it left (null when new) and the one it is in now. */
    record Move(String key, String groupId, AssignmentStatus left, AssignmentStatus entered) {
    }

    static String key(long createdAtMillis, String assignmentId) {
        return Long.toString(createdAtMillis) + SEPARATOR + assignmentId;
    }

    static String assignmentId(String key) {
        return key.substring(key.indexOf(SEPARATOR) + 1);
    }

    private static long createdAt(String key) {
        return Long.parseLong(key.substring(0, key.indexOf(SEPARATOR)));
    }

    void apply(Move move) {
        List<WriteModel<Document>> changes = new ArrayList<>();
        if (move.left() == null) {
            changes.add(added(group(move.groupId()) + piece(move.key()), move.key()));
        } else if (move.left() != move.entered()) {
            changes.add(new UpdateManyModel<>(Filters.in("_id", inStatus(move.groupId(), move.left(), move.key())),
                    Updates.pull(KEYS, move.key())));
        }
        if (move.left() != move.entered()) {
            inStatus(move.groupId(), move.entered(), move.key())
                    .forEach(bucket -> changes.add(added(bucket, move.key())));
        }
        if (!changes.isEmpty()) {
            buckets.bulkWrite(changes);
        }
    }

    /**
     * Puts the assignment where its row says, whatever it was before: for an event whose row was written but whose
     * buckets may not have been (a crash between the two).
     */
    void repair(String key, String groupId, AssignmentStatus status) {
        List<String> others = Arrays.stream(AssignmentStatus.values()).filter(s -> s != status)
                .flatMap(s -> inStatus(groupId, s, key).stream()).toList();
        List<WriteModel<Document>> changes = new ArrayList<>();
        changes.add(new UpdateManyModel<>(Filters.in("_id", others), Updates.pull(KEYS, key)));
        changes.add(added(group(groupId) + piece(key), key));
        inStatus(groupId, status, key).forEach(bucket -> changes.add(added(bucket, key)));
        buckets.bulkWrite(changes);
    }

    /**
     * The keys of the assignments of {@code groupId} and in {@code statuses} (either may be null: any), in list
     * order, from one bucket or, for no filter, the status buckets together.
     */
    List<String> keys(String groupId, Collection<AssignmentStatus> statuses) {
        Collection<AssignmentStatus> in = statuses == null && groupId == null ? List.of(AssignmentStatus.values())
                : statuses;
        List<String> names = in == null ? List.of(group(groupId))
                : in.stream().map(s -> groupId == null ? status(s) : groupStatus(groupId, s)).toList();
        List<String> ids = new ArrayList<>();
        for (int piece = 0; piece < PIECES; piece++) {
            int p = piece;
            names.forEach(name -> ids.add(name + p));
        }
        List<String> keys = new ArrayList<>();
        for (Document bucket : buckets.find(Filters.in("_id", ids))) {
            keys.addAll(bucket.getList(KEYS, String.class, List.of()));
        }
        return keys.stream().distinct().sorted(LIST_ORDER).toList();
    }

    boolean isEmpty() {
        return buckets.find().first() == null;
    }

    /** Adds new assignments to their buckets, a bucket at a time: for rows written before the buckets existed. */
    void fill(List<Move> created) {
        Map<String, List<String>> keys = new HashMap<>();
        for (Move m : created) {
            Stream.concat(Stream.of(group(m.groupId()) + piece(m.key())),
                            inStatus(m.groupId(), m.entered(), m.key()).stream())
                    .forEach(bucket -> keys.computeIfAbsent(bucket, b -> new ArrayList<>()).add(m.key()));
        }
        keys.forEach((bucket, added) -> buckets.updateOne(Filters.eq("_id", bucket), Updates.addEachToSet(KEYS, added),
                new UpdateOptions().upsert(true)));
    }

    /** The pieces of the status and of the group's status that hold the assignment with this key. */
    static List<String> inStatus(String groupId, AssignmentStatus status, String key) {
        return Stream.of(status(status), groupStatus(groupId, status)).map(name -> name + piece(key)).toList();
    }

    private static int piece(String key) {
        return Math.floorMod(assignmentId(key).hashCode(), PIECES);
    }

    private static UpdateOneModel<Document> added(String bucket, String key) {
        return new UpdateOneModel<>(Filters.eq("_id", bucket), Updates.addToSet(KEYS, key),
                new UpdateOptions().upsert(true));
    }

    private static String status(AssignmentStatus status) {
        return "status:" + status.name() + ":";
    }

    private static String group(String groupId) {
        return "group:" + groupId + ":";
    }

    /** The status first: it holds no colon, so no two (group, status) pairs share a name. */
    private static String groupStatus(String groupId, AssignmentStatus status) {
        return "groupStatus:" + status.name() + ":" + groupId + ":";
    }
}
