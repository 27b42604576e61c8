package se.rjh.mtp.platform.eventstore;

import java.util.LinkedHashMap;
import java.util.Map;

/** Small LRU of each aggregate's latest (sequence, hash), so appends rarely need a query for the previous hash. */
final class ChainHeads {

    record Head(long sequenceNumber, String hash) {
    }

    private final Map<String, Head> heads;

    ChainHeads(int capacity) {
        this.heads = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Head> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Head get(String aggregateIdentifier) {
        return heads.get(aggregateIdentifier);
    }

    /** Only moves forward: a late, slower writer must not replace a newer head. */
    synchronized void advance(String aggregateIdentifier, long sequenceNumber, String hash) {
        Head current = heads.get(aggregateIdentifier);
        if (current == null || current.sequenceNumber() < sequenceNumber) {
            heads.put(aggregateIdentifier, new Head(sequenceNumber, hash));
        }
    }
}
