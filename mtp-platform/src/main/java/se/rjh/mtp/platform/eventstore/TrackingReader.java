package se.rjh.mtp.platform.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
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
 * The tracking (global order) side of the engine. Every query is {@code _id $in [...]}, the only shape
 * mongo-java-server answers from an index; semantics follow Axon's {@link GapAwareTrackingToken} as the JDBC engine
 * uses it.
 */
final class TrackingReader {

    private static final int BOUNDARY_MEMORY = 4096;
    private static final int MAX_EXPIRY_PROBES = 64;

    private final MongoCollection<Document> events;
    private final GlobalSequence sequence;
    private final int maxGapOffset;
    private final Duration gapTimeout;
    private final Clock clock;
    /** Token indexes known to end a commit; any other index may sit inside a commit (processor stopped mid-way). */
    private final Set<Long> commitEnds = Collections.synchronizedSet(Collections.newSetFromMap(
            new LinkedHashMap<>(256, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
                    return size() > BOUNDARY_MEMORY;
                }
            }));

    TrackingReader(MongoCollection<Document> events, GlobalSequence sequence, int maxGapOffset, Duration gapTimeout,
                   Clock clock) {
        this.events = events;
        this.sequence = sequence;
        this.maxGapOffset = maxGapOffset;
        this.gapTimeout = gapTimeout;
        this.clock = clock;
    }

    List<TrackedEventData<?>> fetch(TrackingToken lastToken, int batchSize) {
        GapAwareTrackingToken token = asGapAware(lastToken);
        if (token != null && token.hasGaps()) {
            token = expireGaps(token);
        }
        long index = token == null ? -1 : token.getIndex();
        SortedSet<Long> gaps = token == null ? Collections.emptySortedSet() : token.getGaps();

        List<Long> ids = new ArrayList<>(gaps.size() + batchSize);
        ids.addAll(gaps);
        addRange(ids, index + 1, index + batchSize);
        List<Document> found = find(ids);
        if (index >= 0 && !commitEnds.contains(index)) {
            Document containing = commitContaining(index);
            if (containing != null) {
                found.add(containing);
            }
        }
        if (found.stream().noneMatch(d -> CommitDocuments.id(d) > index)) {
            found.addAll(scanForward(index + 1 + batchSize, batchSize));
        }

        List<TrackedEventData<?>> result = new ArrayList<>();
        GapAwareTrackingToken current = token == null ? GapAwareTrackingToken.newInstance(-1, Set.of()) : token;
        for (Document commit : CommitDocuments.distinctSorted(found)) {
            for (StoredEvent e : CommitDocuments.events(commit)) {
                long g = e.globalIndex();
                if (g > index || gaps.contains(g)) {
                    current = current.advanceTo(g, maxGapOffset);
                    result.add(e.domain() ? new TrackedDomainEventData<>(current, new StoredEventData(e))
                                          : new StoredEventData.Plain(current, e));
                }
            }
        }
        // We deliver whole commits, so the next call (with the last event's token) starts on a commit boundary.
        commitEnds.add(current.getIndex());
        return result;
    }

    /** Drops gaps whose first later commit is older than the gap timeout: such a reservation will never commit. */
    private GapAwareTrackingToken expireGaps(GapAwareTrackingToken token) {
        List<long[]> runs = new ArrayList<>();
        for (long gap : token.getGaps()) {
            long[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && last[1] == gap - 1) {
                last[1] = gap;
            } else if (runs.size() < MAX_EXPIRY_PROBES) {
                runs.add(new long[]{gap, gap});
            } else {
                break;
            }
        }
        Map<Long, Long> commitTimes = new java.util.HashMap<>();
        for (Document d : find(runs.stream().map(r -> r[1] + 1).toList())) {
            commitTimes.put(CommitDocuments.id(d), CommitDocuments.committedAt(d));
        }
        long cutoff = clock.millis() - gapTimeout.toMillis();
        long truncateAt = -1;
        for (long[] run : runs) {
            Long committedAt = commitTimes.get(run[1] + 1);
            if (committedAt == null || committedAt >= cutoff) {
                break;
            }
            truncateAt = run[1] + 1;
        }
        return truncateAt < 0 ? token : token.withGapsTruncatedAt(truncateAt);
    }

    /** The commit that holds {@code index} and later events, if {@code index} is not the end of its commit. */
    private Document commitContaining(long index) {
        for (long high = index; high >= 0; high -= BOUNDARY_MEMORY) {
            List<Long> ids = new ArrayList<>();
            addRange(ids, Math.max(0, high - BOUNDARY_MEMORY + 1), high);
            Collection<Document> docs = CommitDocuments.distinctSorted(find(ids));
            if (!docs.isEmpty()) {
                Document latest = new ArrayList<>(docs).get(docs.size() - 1);
                long lastIndex = CommitDocuments.id(latest) + latest.getList(CommitDocuments.EVENTS, Object.class).size() - 1;
                return lastIndex > index ? latest : null;
            }
        }
        return null;
    }

    /** Skips windows of reservations that never committed (or are still in flight: they become gaps). */
    private List<Document> scanForward(long start, int window) {
        long reserved = sequence.reservedCount();
        for (long from = start; from < reserved; from += window) {
            List<Long> ids = new ArrayList<>(window);
            addRange(ids, from, Math.min(from + window, reserved) - 1);
            List<Document> docs = find(ids);
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
                low = CommitDocuments.id(commit) + commit.getList(CommitDocuments.EVENTS, Object.class).size();
            }
        }
        return low == 0 ? null : GapAwareTrackingToken.newInstance(low - 1, Set.of());
    }

    private Document firstCommitFrom(long from, long until) {
        final int window = 256;
        for (long start = from; start < until; start += window) {
            List<Long> ids = new ArrayList<>(window);
            addRange(ids, start, Math.min(start + window, until) - 1);
            Collection<Document> docs = CommitDocuments.distinctSorted(find(ids));
            if (!docs.isEmpty()) {
                return docs.iterator().next();
            }
        }
        return null;
    }

    private List<Document> find(List<Long> ids) {
        if (ids.isEmpty()) {
            return new ArrayList<>();
        }
        return events.find(Filters.in(CommitDocuments.ID, ids)).into(new ArrayList<>());
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
