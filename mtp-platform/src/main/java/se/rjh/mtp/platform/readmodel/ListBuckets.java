package se.rjh.mtp.platform.readmodel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateManyModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;

/**
 * Which rows of a read model are in each bucket (a step, a status, a group...), so that a list finds its rows by
 * {@code _id} instead of scanning them all, at the same cost however many rows there are. A bucket is named by its
 * read model (say {@code step:IN_PREPARATION:}) and stored as {@code pieces} documents
 * {@code {_id: name + piece, keys: [...]}}, a row's piece chosen by its id, so that a change rewrites one small
 * piece, not the whole bucket. A key is {@code order|id} ({@link #key}): all a list's order needs, so a page is cut
 * from the keys and only its own rows are read.
 *
 * <p>Each change is {@code $addToSet} or {@code $pull} on one document: atomic on its own, so a tracking processor
 * and a dead-letter retrier may write at once, and idempotent, so a redelivered event changes nothing. Every query
 * here is answered from the {@code _id} index, by MongoDB and by the embedded server alike.
 * {@link BucketedDocuments} keeps a read model's rows and their buckets together.
 */
public final class ListBuckets {

    private static final String KEYS = "keys";
    private static final char SEPARATOR = '|';

    private final MongoCollection<Document> buckets;
    private final int pieces;
    private final Comparator<String> listOrder;

    /**
     * @param pieces     documents per bucket: more make writes smaller and reads look up more documents; changing it
     *                   for a collection that holds buckets loses their keys
     * @param orderPart  the order of the keys' order parts; a list is greatest first, then by id
     */
    public ListBuckets(MongoCollection<Document> buckets, int pieces, Comparator<String> orderPart) {
        if (pieces < 1) {
            throw new IllegalArgumentException("pieces must be at least 1, was " + pieces);
        }
        this.buckets = buckets;
        this.pieces = pieces;
        this.listOrder = Comparator.comparing(ListBuckets::orderPart, orderPart).reversed()
                .thenComparing(ListBuckets::id);
    }

    /**
     * Where a row belongs: its key, the buckets it is in, and every other bucket it may have been in before (where
     * {@link #repair} takes it out).
     */
    public record Placement(String key, List<String> in, List<String> notIn) {

        public Placement {
            in = List.copyOf(in);
            notIn = List.copyOf(notIn);
        }
    }

    /** A row's key: {@code order} (null is empty) sorts the list, the id breaks ties and chooses the piece. */
    public static String key(String order, String id) {
        return (order == null ? "" : order) + SEPARATOR + id;
    }

    /** The row id in a key. */
    public static String id(String key) {
        return key.substring(key.indexOf(SEPARATOR) + 1);
    }

    private static String orderPart(String key) {
        return key.substring(0, key.indexOf(SEPARATOR));
    }

    /** The {@code _id} of the piece of {@code bucket} that holds the row with this key. */
    public String piece(String bucket, String key) {
        return bucket + Math.floorMod(id(key).hashCode(), pieces);
    }

    /**
     * Takes the row out of the buckets {@code from} and puts it in {@code to}, in one bulk write (none when both are
     * empty). Done again, it changes nothing.
     */
    public void move(String key, Collection<String> from, Collection<String> to) {
        List<WriteModel<Document>> changes = new ArrayList<>();
        if (!from.isEmpty()) {
            changes.add(new UpdateManyModel<>(Filters.in("_id", pieces(from, key)), Updates.pull(KEYS, key)));
        }
        to.forEach(bucket -> changes.add(added(piece(bucket, key), key)));
        if (!changes.isEmpty()) {
            buckets.bulkWrite(changes);
        }
    }

    /**
     * Puts the row where the placement says, whatever it was before: for a row written whose bucket write may have
     * been lost (a crash between the two).
     */
    public void repair(Placement placement) {
        move(placement.key(), placement.notIn(), placement.in());
    }

    /**
     * The keys in any of the buckets {@code anyOf} and in every one of {@code allOf}, in list order, each once (a row
     * caught moving between two buckets counts once), read in one query.
     */
    public List<String> keys(Collection<String> anyOf, Collection<String> allOf) {
        Map<String, String> bucketOfPiece = new LinkedHashMap<>();
        for (int piece = 0; piece < pieces; piece++) {
            for (String bucket : anyOf) {
                bucketOfPiece.put(bucket + piece, bucket);
            }
            for (String bucket : allOf) {
                bucketOfPiece.put(bucket + piece, bucket);
            }
        }
        List<String> inAny = new ArrayList<>();
        Map<String, Set<String>> inEach = new HashMap<>();
        allOf.forEach(bucket -> inEach.put(bucket, new HashSet<>()));
        for (Document piece : buckets.find(Filters.in("_id", List.copyOf(bucketOfPiece.keySet())))) {
            String bucket = bucketOfPiece.get(piece.getString("_id"));
            List<String> keys = piece.getList(KEYS, String.class, List.of());
            if (anyOf.contains(bucket)) {
                inAny.addAll(keys);
            }
            if (inEach.containsKey(bucket)) {
                inEach.get(bucket).addAll(keys);
            }
        }
        return inAny.stream().filter(key -> inEach.values().stream().allMatch(keys -> keys.contains(key))).distinct()
                .sorted(listOrder).toList();
    }

    public boolean isEmpty() {
        return buckets.find().first() == null;
    }

    public void clear() {
        buckets.deleteMany(new Document());
    }

    /** Adds rows to their buckets a piece at a time: for rows written before the buckets existed. */
    public void fill(Collection<Placement> placements) {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        for (Placement placement : placements) {
            for (String bucket : placement.in()) {
                keys.computeIfAbsent(piece(bucket, placement.key()), p -> new ArrayList<>()).add(placement.key());
            }
        }
        keys.forEach((piece, added) -> buckets.updateOne(Filters.eq("_id", piece), Updates.addEachToSet(KEYS, added),
                new UpdateOptions().upsert(true)));
    }

    private List<String> pieces(Collection<String> bucketNames, String key) {
        return bucketNames.stream().map(bucket -> piece(bucket, key)).toList();
    }

    private static UpdateOneModel<Document> added(String piece, String key) {
        return new UpdateOneModel<>(Filters.eq("_id", piece), Updates.addToSet(KEYS, key),
                new UpdateOptions().upsert(true));
    }
}
