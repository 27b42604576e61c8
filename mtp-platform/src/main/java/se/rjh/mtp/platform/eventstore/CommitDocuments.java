package se.rjh.mtp.platform.eventstore;

import org.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** BSON layout of a commit document and its event subdocuments (short field names: they repeat per event). */
final class CommitDocuments {

    static final String ID = "_id";
    static final String EVENTS = "events";
    static final String STREAM_KEYS = "streamKeys";
    /** Every global index the commit owns, {@code _id .. _id+n-1}, under a unique multikey index. */
    static final String GLOBAL_INDEXES = "globalIndexes";
    /** Marks a void commit: a fence that owns a reserved range and holds no events (see {@link #voidCommit}). */
    static final String VOID = "void";
    static final String COMMITTED_AT = "committedAt";

    private static final String GLOBAL_INDEX = "g";
    private static final String EVENT_ID = "id";
    private static final String AGGREGATE_ID = "a";
    private static final String TYPE = "t";
    private static final String SEQUENCE = "s";
    private static final String DOMAIN = "d";
    private static final String EPOCH_MILLIS = "ts";
    private static final String NANO_OF_MILLI = "tn";
    private static final String PAYLOAD_TYPE = "pt";
    private static final String PAYLOAD_REVISION = "pr";
    private static final String PAYLOAD = "p";
    private static final String META_DATA = "m";
    private static final String HASH = "h";
    private static final String PREV_HASH = "ph";

    private CommitDocuments() {
    }

    /** A commit whose events already carry their global indexes (first, first+1, ...). */
    static Document toDocument(List<StoredEvent> events, long committedAtMillis) {
        List<Document> eventDocs = new ArrayList<>(events.size());
        List<String> keys = new ArrayList<>(events.size());
        for (StoredEvent e : events) {
            eventDocs.add(eventDocument(e));
            keys.add(e.streamKey());
        }
        long first = events.get(0).globalIndex();
        return new Document(ID, first)
                .append(GLOBAL_INDEXES, range(first, events.size()))
                .append(COMMITTED_AT, committedAtMillis)
                .append(STREAM_KEYS, keys)
                .append(EVENTS, eventDocs);
    }

    /**
     * A document that takes the reserved range {@code first .. first+count-1} without events, so that a commit whose
     * insert had an unknown outcome can never land there afterwards: once this is stored, that commit is known not to
     * be stored. Its one stream key ({@code #<first>}) has no {@code /} and no {@code !}, so it cannot be an aggregate's
     * or a plain event's key, and it keeps the unique {@code streamKeys} index free of empty arrays (which MongoDB
     * would index as one shared value).
     */
    static Document voidCommit(long first, int count, long committedAtMillis) {
        return new Document(ID, first)
                .append(GLOBAL_INDEXES, range(first, count))
                .append(COMMITTED_AT, committedAtMillis)
                .append(STREAM_KEYS, List.of("#" + first))
                .append(EVENTS, List.of())
                .append(VOID, true);
    }

    static List<Long> range(long first, int count) {
        List<Long> indexes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            indexes.add(first + i);
        }
        return indexes;
    }

    /** Global indexes the commit owns (for a void commit: the range it fences off). */
    static List<Long> globalIndexes(Document commit) {
        List<Long> indexes = new ArrayList<>();
        for (Object o : commit.getList(GLOBAL_INDEXES, Object.class)) {
            indexes.add(asLong(o));
        }
        return indexes;
    }

    /** The highest global index the commit owns. */
    static long lastIndex(Document commit) {
        List<?> indexes = commit.getList(GLOBAL_INDEXES, Object.class);
        return indexes == null || indexes.isEmpty()
               ? id(commit) + commit.getList(EVENTS, Object.class).size() - 1
               : asLong(indexes.get(indexes.size() - 1));
    }

    /** Event identifiers in the commit, in order; empty for a void commit. */
    static List<String> eventIdentifiers(Document commit) {
        return commit.getList(EVENTS, Document.class).stream().map(d -> d.getString(EVENT_ID)).toList();
    }

    static Document eventDocument(StoredEvent e) {
        return new Document(GLOBAL_INDEX, e.globalIndex())
                .append(EVENT_ID, e.eventIdentifier())
                .append(AGGREGATE_ID, e.aggregateIdentifier())
                .append(TYPE, e.type())
                .append(SEQUENCE, e.sequenceNumber())
                .append(DOMAIN, e.domain())
                .append(EPOCH_MILLIS, e.epochMillis())
                .append(NANO_OF_MILLI, e.nanoOfMilli())
                .append(PAYLOAD_TYPE, e.payloadType())
                .append(PAYLOAD_REVISION, e.payloadRevision())
                .append(PAYLOAD, e.payload())
                .append(META_DATA, e.metaData())
                .append(HASH, e.hash())
                .append(PREV_HASH, e.prevHash());
    }

    static List<StoredEvent> events(Document commit) {
        List<Document> docs = commit.getList(EVENTS, Document.class);
        List<StoredEvent> events = new ArrayList<>(docs.size());
        for (Document d : docs) {
            events.add(event(d));
        }
        return events;
    }

    static StoredEvent event(Document d) {
        return new StoredEvent(asLong(d.get(GLOBAL_INDEX)), d.getString(EVENT_ID), d.getString(AGGREGATE_ID),
                               d.getString(TYPE), asLong(d.get(SEQUENCE)), d.getBoolean(DOMAIN, true),
                               asLong(d.get(EPOCH_MILLIS)), ((Number) d.get(NANO_OF_MILLI)).intValue(),
                               d.getString(PAYLOAD_TYPE), d.getString(PAYLOAD_REVISION), d.getString(PAYLOAD),
                               d.getString(META_DATA), d.getString(HASH), d.getString(PREV_HASH));
    }

    static long id(Document commit) {
        return asLong(commit.get(ID));
    }

    static long committedAt(Document commit) {
        return asLong(commit.get(COMMITTED_AT));
    }

    /**
     * Commits by {@code _id}, ascending, without duplicates: mongo-java-server can return one document twice when a
     * multikey {@code $in} matches several of its keys.
     */
    static Collection<Document> distinctSorted(Iterable<Document> found) {
        Map<Long, Document> byId = new TreeMap<>();
        for (Document d : found) {
            byId.putIfAbsent(id(d), d);
        }
        return byId.values();
    }

    private static long asLong(Object o) {
        return ((Number) o).longValue();
    }
}
