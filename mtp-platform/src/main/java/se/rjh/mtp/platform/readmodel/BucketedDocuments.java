package se.rjh.mtp.platform.readmodel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.axonframework.eventhandling.DomainEventMessage;
import org.bson.Document;

/**
 * A read model's {@link VersionedDocuments rows} and the {@link ListBuckets} its lists read them through, kept
 * together. Each change writes the row first and then moves it between its buckets: the row is what a redelivery is
 * checked against, so a crash between the two leaves a row whose last event is delivered again, and then the
 * buckets are put where the row says. A collection of rows written before its buckets existed fills them once, when
 * this is made (before the read model's processor starts), since its processor is already past those events.
 */
public final class BucketedDocuments {

    private final MongoCollection<Document> rows;
    private final VersionedDocuments documents;
    private final ListBuckets buckets;
    private final Function<Document, ListBuckets.Placement> placement;

    /**
     * @param placement       where a row belongs, or null when in no bucket (yet); reads only {@code placementFields}
     *                        and {@code _id}
     * @param placementFields the fields {@code placement} reads, the only ones read when filling the buckets
     */
    public BucketedDocuments(MongoCollection<Document> rows, ListBuckets buckets,
            Function<Document, ListBuckets.Placement> placement, String... placementFields) {
        this.rows = rows;
        this.documents = new VersionedDocuments(rows);
        this.buckets = buckets;
        this.placement = placement;
        fillBucketsOfOlderRows(placementFields);
    }

    private void fillBucketsOfOlderRows(String... placementFields) {
        if (buckets.isEmpty() && rows.find().first() != null) {
            List<ListBuckets.Placement> placements = new ArrayList<>();
            for (Document row : rows.find().projection(Projections.include(placementFields))) {
                ListBuckets.Placement placed = placement.apply(row);
                if (placed != null) {
                    placements.add(placed);
                }
            }
            buckets.fill(placements);
        }
    }

    /**
     * Applies the change to the row ({@link VersionedDocuments#apply}), then moves the row from the buckets it left to
     * those it entered. An event already applied changes no row; if it is the row's last, its bucket write may have
     * been lost, so the buckets are put where the row says ({@link #placeAgainIfLast}).
     */
    public void apply(String id, long sequence, Consumer<Document> change) {
        ListBuckets.Placement[] placed = new ListBuckets.Placement[2];
        boolean[] written = {false};
        documents.apply(id, sequence, row -> {
            placed[0] = placement.apply(row);
            change.accept(row);
            placed[1] = placement.apply(row);
            written[0] = true;
        });
        if (written[0]) {
            move(placed[0], placed[1]);
        } else {
            placeAgainIfLast(id, sequence);
        }
    }

    private void move(ListBuckets.Placement before, ListBuckets.Placement after) {
        List<String> was = before == null ? List.of() : before.in();
        List<String> is = after == null ? List.of() : after.in();
        String key = after != null ? after.key() : before != null ? before.key() : null;
        if (key != null) {
            Set<String> stays = new HashSet<>(was);
            stays.retainAll(is);
            buckets.move(key, was.stream().filter(b -> !stays.contains(b)).toList(),
                    is.stream().filter(b -> !stays.contains(b)).toList());
        }
    }

    /** {@link VersionedDocuments#passOver(DomainEventMessage, Class)}: moves the row's version only. */
    public void passOver(DomainEventMessage<?> event, Class<?> aggregate) {
        documents.passOver(event, aggregate);
    }

    /** A later event has placed the row already, so only the row's last event repairs. */
    private void placeAgainIfLast(String id, long sequence) {
        Document row = rows.find(Filters.eq("_id", id)).first();
        if (row != null && row.get("lastSequence", -1L) == sequence) {
            ListBuckets.Placement placed = placement.apply(row);
            if (placed != null) {
                buckets.repair(placed);
            }
        }
    }

    /** Deletes every row and every bucket: for a replay from the start. */
    public void clear() {
        rows.deleteMany(new Document());
        buckets.clear();
    }
}
