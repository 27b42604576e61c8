package se.rjh.mtp.platform.eventstore;

import java.time.Instant;

/**
 * One event as it lives inside a commit document. {@code domain == false} marks a plain (non-aggregate) event, which
 * is stored the way Axon's JDBC engine does it: aggregate id = event id, sequence 0, type null.
 */
record StoredEvent(long globalIndex, String eventIdentifier, String aggregateIdentifier, String type,
                   long sequenceNumber, boolean domain, long epochMillis, int nanoOfMilli, String payloadType,
                   String payloadRevision, String payload, String metaData, String hash, String prevHash) {

    /** Key in the commit's unique {@code streamKeys} array; plain events get a key that no aggregate can produce. */
    static String streamKey(String aggregateIdentifier, long sequenceNumber) {
        return aggregateIdentifier + "/" + sequenceNumber;
    }

    String streamKey() {
        return domain ? streamKey(aggregateIdentifier, sequenceNumber) : "!" + eventIdentifier;
    }

    Instant timestamp() {
        return Instant.ofEpochMilli(epochMillis).plusNanos(nanoOfMilli);
    }

    String recomputeHash() {
        return EventHashes.hash(eventIdentifier, aggregateIdentifier, type, sequenceNumber, epochMillis,
                                payloadType, payloadRevision, payload, EventHashes.canonicalMetaDataJson(metaData),
                                prevHash);
    }

    StoredEvent withGlobalIndex(long index) {
        return new StoredEvent(index, eventIdentifier, aggregateIdentifier, type, sequenceNumber, domain,
                               epochMillis, nanoOfMilli, payloadType, payloadRevision, payload, metaData, hash,
                               prevHash);
    }

    /**
     * The stored metadata with the hash keys spliced in as text, so reads never re-serialize. Only JSON objects can be
     * spliced; metadata from a non-JSON serializer (and snapshots, which are not chained) is returned unchanged.
     */
    String metaDataWithHashes() {
        if (hash == null || metaData == null || metaData.isEmpty() || metaData.charAt(0) != '{') {
            return metaData;
        }
        String head = "{\"" + EventHashes.HASH_KEY + "\":\"" + hash + "\",\""
                + EventHashes.PREV_HASH_KEY + "\":\"" + prevHash + "\"";
        String rest = metaData.substring(1).stripLeading();
        return rest.startsWith("}") ? head + rest : head + "," + rest;
    }
}
