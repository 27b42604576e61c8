package se.rjh.mtp.platform.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Aggregate-stream reads. Every query is {@code streamKeys $in [...]} or equality on {@code streamKeys}: the unique
 * multikey index mongo-java-server (and MongoDB) answers without scanning.
 */
final class StreamReader {

    /** Keys asked for first, in reads and in probes for the last sequence number; most aggregates are shorter. */
    static final int FIRST_WINDOW = 8;
    private static final int MAX_PROBE_WINDOW = 4096;

    private final MongoCollection<Document> events;

    StreamReader(MongoCollection<Document> events) {
        this.events = events;
    }

    /**
     * Events {@code firstSeq .. firstSeq+count-1} of one aggregate, ordered by sequence number. Asked for in windows
     * of {@value #FIRST_WINDOW} keys, doubling while a window comes back full, because each key is an index lookup and
     * most aggregates are short. The stream's end inside a window ends the read; so does a missing sequence number
     * (which Axon never writes; the ChainVerifier reports such a stream), where one large window would have gone on
     * to the events after it.
     */
    List<StoredEvent> read(String aggregateIdentifier, long firstSeq, int count) {
        long end = firstSeq + count;
        TreeMap<Long, StoredEvent> found = new TreeMap<>();
        long next = firstSeq;
        int window = Math.min(FIRST_WINDOW, count);
        while (next < end) {
            long windowEnd = Math.min(next + window, end);
            List<String> keys = new ArrayList<>(window);
            for (long seq = next; seq < windowEnd; seq++) {
                keys.add(StoredEvent.streamKey(aggregateIdentifier, seq));
            }
            for (Document commit : events.find(Filters.in(CommitDocuments.STREAM_KEYS, keys))) {
                for (StoredEvent e : CommitDocuments.events(commit)) {
                    if (e.domain() && e.aggregateIdentifier().equals(aggregateIdentifier)
                            && e.sequenceNumber() >= firstSeq && e.sequenceNumber() < end) {
                        found.put(e.sequenceNumber(), e);
                    }
                }
            }
            while (found.containsKey(next)) {
                next++;
            }
            if (next < windowEnd) {
                break;
            }
            window = (int) Math.min((long) window * 2, MAX_PROBE_WINDOW);
        }
        return new ArrayList<>(found.values());
    }

    /** One stored event, e.g. the predecessor whose hash a new event links to. */
    Optional<StoredEvent> event(String aggregateIdentifier, long sequenceNumber) {
        List<StoredEvent> found = read(aggregateIdentifier, sequenceNumber, 1);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /**
     * Highest stored sequence number at or above {@code knownLast} (-1 if nothing is known), probing windows of
     * growing size that fetch only the {@code streamKeys} arrays.
     */
    long lastSequenceNumber(String aggregateIdentifier, long knownLast, int initialWindow) {
        String prefix = aggregateIdentifier + "/";
        long last = knownLast;
        int window = Math.max(1, initialWindow);
        while (true) {
            List<String> keys = new ArrayList<>(window);
            for (long seq = last + 1; seq <= last + window; seq++) {
                keys.add(prefix + seq);
            }
            long max = last;
            for (Document d : events.find(Filters.in(CommitDocuments.STREAM_KEYS, keys))
                                    .projection(Projections.include(CommitDocuments.STREAM_KEYS))) {
                for (String key : d.getList(CommitDocuments.STREAM_KEYS, String.class)) {
                    max = Math.max(max, sequenceOf(key, prefix));
                }
            }
            if (max < last + window) {
                return max;
            }
            last = max;
            window = Math.min(window * 2, MAX_PROBE_WINDOW);
        }
    }

    private static long sequenceOf(String key, String prefix) {
        if (!key.startsWith(prefix) || key.indexOf('/', prefix.length()) >= 0) {
            return -1;
        }
        try {
            return Long.parseLong(key.substring(prefix.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
