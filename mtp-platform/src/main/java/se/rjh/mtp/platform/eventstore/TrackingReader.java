package se.rjh.mtp.platform.eventstore;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;

/**
 * The tracking (global order) side of the engine; semantics follow Axon's {@link GapAwareTrackingToken} as the JDBC
 * engine uses it. Reading forward is {@code _id $in [...]} (commits start there) up to the counter; gaps and the
 * commit a token stops inside are found by {@code globalIndexes $in [...]}, so any index inside a commit finds its
 * commit. Both are the shape mongo-java-server answers from a unique index.
 * <p>
 * Gap expiry runs on this reader's clock only: a gap expires when it has been missing for {@code gapTimeout} since
 * this engine instance first saw it missing, and only while it is still missing. Writers' clocks never enter, so
 * clock skew between instances cannot expire a gap early. The first-seen times live in memory; after a restart a
 * gap starts its wait again, which can only delay expiry. An expired gap is fenced with a void commit, so a commit
 * that arrives after all is stored under new indexes and still delivered: expiry never loses an event.
 */
final class TrackingReader {

    private static final int BOUNDARY_MEMORY = 4096;
    /** Indexes past the token asked for even when the counter says none exist (it may be behind the data). */
    private static final int FIRST_WINDOW = 8;
    private static final int GAP_MEMORY = 100_000;
    /** Gaps further than this many indexes behind the token are dropped (Axon's JDBC default). */
    private static final int MAX_GAP_OFFSET = 10_000;

    private final MongoCollection<Document> events;
    private final GlobalSequence sequence;
    private final Duration gapTimeout;
    private final Clock clock;
    /** Token indexes known to end a commit; any other index may sit inside a commit (processor stopped mid-way). */
    private final Set<Long> commitEnds = Collections.synchronizedSet(Collections.newSetFromMap(
            keepingLatest(BOUNDARY_MEMORY)));
    /** When this reader first saw each gap missing (its own clock); forgetting one only delays its expiry. */
    private final Map<Long, Long> gapFirstSeen = Collections.synchronizedMap(keepingLatest(GAP_MEMORY));

    TrackingReader(MongoCollection<Document> events, GlobalSequence sequence, Duration gapTimeout, Clock clock) {
        this.events = events;
        this.sequence = sequence;
        this.gapTimeout = gapTimeout;
        this.clock = clock;
    }

    /** A map that forgets the entries put longest ago once it holds more than {@code capacity}. */
    private static <K, V> Map<K, V> keepingLatest(int capacity) {
        return new LinkedHashMap<>(256, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    List<TrackedEventData<?>> fetch(TrackingToken lastToken, int batchSize) {
        GapAwareTrackingToken token = asGapAware(lastToken);
        while (true) {
            Batch batch = fetchOnce(token, batchSize);
            if (!batch.events().isEmpty() || batch.after() == null || batch.after().equals(token)) {
                return batch.events();
            }
            // Only void commits (fenced ranges) so far: step past them rather than end the stream before later events.
            token = batch.after();
        }
    }

    private record Batch(List<TrackedEventData<?>> events, GapAwareTrackingToken after) {
    }

    private Batch fetchOnce(GapAwareTrackingToken token, int batchSize) {
        if (token != null && token.hasGaps()) {
            token = expireGaps(token);
        }
        long index = token == null ? -1 : token.getIndex();
        SortedSet<Long> gaps = token == null ? Collections.emptySortedSet() : token.getGaps();

        // A writer reserves before it inserts, so the window can stop at the counter: a reader that is caught up
        // asks for the few indexes reserved since, not for a whole batch of absent ones (each $in value is an index
        // lookup). But the counter can be behind the data (a store copied or restored without it), so at least
        // FIRST_WINDOW indexes are asked for, and a commit found at or past the counter brings the whole window back.
        long reserved = sequence.reservedCount();
        long windowEnd = index + batchSize;
        long upTo = Math.min(windowEnd, Math.max(reserved - 1, index + FIRST_WINDOW));
        List<Document> found = find(CommitDocuments.ID, range(index + 1, upTo));
        if (upTo < windowEnd && found.stream().anyMatch(d -> CommitDocuments.lastIndex(d) >= reserved)) {
            found.addAll(find(CommitDocuments.ID, range(upTo + 1, windowEnd)));
        }
        if (!gaps.isEmpty()) {
            found.addAll(find(CommitDocuments.GLOBAL_INDEXES, new ArrayList<>(gaps)));
        }
        if (index >= 0 && !commitEnds.contains(index)) {
            Document containing = commitContaining(index);
            if (containing != null) {
                found.add(containing);
            }
        }
        if (found.stream().noneMatch(d -> CommitDocuments.id(d) > index)) {
            found.addAll(scanForward(index + 1 + batchSize, batchSize, reserved));
        }

        List<TrackedEventData<?>> result = new ArrayList<>();
        GapAwareTrackingToken current = token == null ? GapAwareTrackingToken.newInstance(-1, Set.of()) : token;
        for (Document commit : CommitDocuments.distinctSorted(found)) {
            if (commit.getBoolean(CommitDocuments.VOID, false)) {
                // A fenced-off range holds no events: its indexes are settled, not gaps.
                for (long g : CommitDocuments.globalIndexes(commit)) {
                    if (g > current.getIndex() || current.getGaps().contains(g)) {
                        current = current.advanceTo(g, MAX_GAP_OFFSET);
                    }
                }
                continue;
            }
            for (StoredEvent e : CommitDocuments.events(commit)) {
                long g = e.globalIndex();
                if (g > index || gaps.contains(g)) {
                    current = current.advanceTo(g, MAX_GAP_OFFSET);
                    result.add(e.domain() ? new TrackedDomainEventData<>(current, new StoredEventData(e))
                                          : new StoredEventData.Plain(current, e));
                }
            }
        }
        // We deliver whole commits, so the next call (with the last event's token) starts on a commit boundary.
        commitEnds.add(current.getIndex());
        noteGaps(current, clock.millis());
        return new Batch(result, current);
    }

    /**
     * Gives up the leading gaps that have been missing for the gap timeout on this reader's clock and are still
     * missing now (fencing them, see {@link #fence}); stops at the first gap that is younger or has meanwhile been
     * filled (it is delivered next).
     */
    private GapAwareTrackingToken expireGaps(GapAwareTrackingToken token) {
        long now = clock.millis();
        noteGaps(token, now);
        List<Long> old = new ArrayList<>();
        for (long gap : token.getGaps()) {
            Long seen = gapFirstSeen.get(gap);
            if (seen == null || now - seen < gapTimeout.toMillis()) {
                break;
            }
            old.add(gap);
        }
        if (old.isEmpty()) {
            return token;
        }
        return token.withGapsTruncatedAt(fence(old, now));
    }

    /**
     * Takes each given index with a one-index void commit, so that a commit still on its way can never land there:
     * its writer finds the index taken and commits again with new numbers, and the events arrive later as new ones
     * instead of being skipped. Returns the first index that could not be fenced (a commit got there first and is
     * delivered in this fetch), or the index after the last.
     */
    private long fence(List<Long> indexes, long now) {
        List<Document> voids = indexes.stream().map(g -> CommitDocuments.voidCommit(g, 1, now)).toList();
        try {
            events.insertMany(voids, new InsertManyOptions().ordered(false));
            return indexes.get(indexes.size() - 1) + 1;
        } catch (MongoBulkWriteException e) {
            return e.getWriteErrors().stream().mapToLong(error -> indexes.get(error.getIndex())).min()
                    .orElse(indexes.get(0));
        } catch (MongoException e) {
            // Outcome unknown: expire nothing now; whatever was fenced is found as a void commit next time.
            return indexes.get(0);
        }
    }

    private void noteGaps(GapAwareTrackingToken token, long now) {
        for (long gap : token.getGaps()) {
            gapFirstSeen.putIfAbsent(gap, now);
        }
    }

    /** The commit that holds {@code index} and later events, if {@code index} is not the end of its commit. */
    private Document commitContaining(long index) {
        for (Document commit : find(CommitDocuments.GLOBAL_INDEXES, List.of(index))) {
            return CommitDocuments.lastIndex(commit) > index ? commit : null;
        }
        return null;
    }

    /** Skips windows of reservations that never committed (or are still in flight: they become gaps). */
    private List<Document> scanForward(long start, int window, long reserved) {
        for (long from = start; from < reserved; from += window) {
            List<Long> ids = new ArrayList<>(window);
            addRange(ids, from, Math.min(from + window, reserved) - 1);
            List<Document> docs = find(CommitDocuments.ID, ids);
            if (!docs.isEmpty()) {
                return docs;
            }
        }
        return List.of();
    }

    /** Token before the first commit whose first event is at or after {@code instant}; binary search on indexes. */
    TrackingToken createTokenAt(Instant instant) {
        long low = 0;
        long high = sequence.reservedCount();
        while (low < high) {
            long mid = low + (high - low) / 2;
            Document commit = firstCommitFrom(mid, high);
            if (commit == null) {
                high = mid;
            } else if (!CommitDocuments.events(commit).get(0).timestamp().isBefore(instant)) {
                high = mid;
            } else {
                low = CommitDocuments.lastIndex(commit) + 1;
            }
        }
        return low == 0 ? null : GapAwareTrackingToken.newInstance(low - 1, Set.of());
    }

    private Document firstCommitFrom(long from, long until) {
        final int window = 256;
        for (long start = from; start < until; start += window) {
            List<Long> ids = new ArrayList<>(window);
            addRange(ids, start, Math.min(start + window, until) - 1);
            Collection<Document> docs = CommitDocuments.distinctSorted(find(CommitDocuments.ID, ids));
            for (Document commit : docs) {
                if (!commit.getBoolean(CommitDocuments.VOID, false)) {
                    return commit;
                }
            }
        }
        return null;
    }

    private List<Document> find(String field, List<Long> indexes) {
        if (indexes.isEmpty()) {
            return new ArrayList<>();
        }
        return events.find(Filters.in(field, indexes)).into(new ArrayList<>());
    }

    private static List<Long> range(long fromInclusive, long toInclusive) {
        List<Long> ids = new ArrayList<>();
        addRange(ids, fromInclusive, toInclusive);
        return ids;
    }

    private static void addRange(List<Long> ids, long fromInclusive, long toInclusive) {
        for (long i = Math.max(0, fromInclusive); i <= toInclusive; i++) {
            ids.add(i);
        }
    }

    private static GapAwareTrackingToken asGapAware(TrackingToken token) {
        if (token == null || token instanceof GapAwareTrackingToken) {
            return (GapAwareTrackingToken) token;
        }
        throw new IllegalArgumentException("Unsupported token " + token + "; this engine tracks with "
                                                   + GapAwareTrackingToken.class.getSimpleName());
    }
}
