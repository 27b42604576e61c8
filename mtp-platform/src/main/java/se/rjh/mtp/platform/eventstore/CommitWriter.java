package se.rjh.mtp.platform.eventstore;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/** Turns one {@code appendEvents} call into one hash-chained commit document and inserts it. */
final class CommitWriter {

    private static final Set<String> RESERVED_KEYS = Set.of(EventHashes.HASH_KEY, EventHashes.PREV_HASH_KEY);
    private static final int ID_CLASH_RETRIES = 3;

    private final MongoCollection<Document> events;
    private final GlobalSequence sequence;
    private final StreamReader streams;
    private final ChainHeads heads;
    private final Clock clock;
    /**
     * Serializes reserve+insert within this JVM: mongo-java-server's $inc and unique checks are not atomic across
     * connections. On real MongoDB the $inc and the unique index already are, across instances too.
     */
    private final ReentrantLock lock = new ReentrantLock();

    CommitWriter(MongoCollection<Document> events, GlobalSequence sequence, StreamReader streams, ChainHeads heads,
                 Clock clock) {
        this.events = events;
        this.sequence = sequence;
        this.streams = streams;
        this.heads = heads;
        this.clock = clock;
    }

    /** Serializes and hash-chains the events; global indexes are not assigned yet (-1). */
    List<StoredEvent> prepare(List<? extends EventMessage<?>> messages, Serializer serializer) {
        return prepare(messages, serializer, true);
    }

    /** With {@code chain == false} (snapshots) no hashes are computed. */
    List<StoredEvent> prepare(List<? extends EventMessage<?>> messages, Serializer serializer, boolean chain) {
        List<StoredEvent> prepared = new ArrayList<>(messages.size());
        Map<String, ChainHeads.Head> inCommit = new HashMap<>();
        for (EventMessage<?> message : messages) {
            boolean domain = message instanceof DomainEventMessage;
            String aggregateId = domain ? ((DomainEventMessage<?>) message).getAggregateIdentifier()
                                       : message.getIdentifier();
            long seq = domain ? ((DomainEventMessage<?>) message).getSequenceNumber() : 0;
            String type = domain ? ((DomainEventMessage<?>) message).getType() : null;
            SerializedObject<String> payload = message.serializePayload(serializer, String.class);
            String metaData = serializeMetaData(message, serializer);
            Instant ts = message.getTimestamp();
            long millis = ts.toEpochMilli();
            int nanoOfMilli = ts.getNano() % 1_000_000;
            String prevHash = !chain ? null : domain ? previousHash(aggregateId, seq, inCommit) : EventHashes.GENESIS;
            String hash = !chain ? null : EventHashes.hash(message.getIdentifier(), aggregateId, type, seq, millis,
                                           payload.getType().getName(), payload.getType().getRevision(),
                                           payload.getData(), metaData, prevHash);
            if (domain) {
                inCommit.put(aggregateId, new ChainHeads.Head(seq, hash));
            }
            prepared.add(new StoredEvent(-1, message.getIdentifier(), aggregateId, type, seq, domain, millis,
                                         nanoOfMilli, payload.getType().getName(), payload.getType().getRevision(),
                                         payload.getData(), metaData, hash, prevHash));
        }
        return prepared;
    }

    /** Incoming hash keys are dropped so a caller cannot forge them; they are spliced in again on read. */
    private static String serializeMetaData(EventMessage<?> message, Serializer serializer) {
        MetaData metaData = message.getMetaData();
        if (metaData.keySet().stream().anyMatch(RESERVED_KEYS::contains)) {
            return serializer.serialize(metaData.withoutKeys(RESERVED_KEYS), String.class).getData();
        }
        return message.serializeMetaData(serializer, String.class).getData();
    }

    private String previousHash(String aggregateId, long seq, Map<String, ChainHeads.Head> inCommit) {
        if (seq == 0) {
            return EventHashes.GENESIS;
        }
        ChainHeads.Head head = inCommit.get(aggregateId);
        if (head == null || head.sequenceNumber() != seq - 1) {
            head = heads.get(aggregateId);
        }
        if (head != null && head.sequenceNumber() == seq - 1) {
            return head.hash();
        }
        // A missing predecessor is left for the ChainVerifier to report; Axon never appends one.
        return streams.event(aggregateId, seq - 1).map(StoredEvent::hash).orElse(EventHashes.GENESIS);
    }

    /** Reserves indexes and inserts the commit; an _id clash (counter behind the data) is retried with new numbers. */
    void commit(List<StoredEvent> prepared) {
        lock.lock();
        try {
            for (int attempt = 0; ; attempt++) {
                long first = sequence.reserve(prepared.size());
                try {
                    insert(first, prepared);
                    return;
                } catch (MongoException e) {
                    if (attempt >= ID_CLASH_RETRIES || !MongoDuplicateKeyResolver.isDuplicateKey(e)
                            || conflictIndex(prepared) >= 0) {
                        throw e;
                    }
                }
            }
        } finally {
            lock.unlock();
        }
    }

    long reserve(int count) {
        return sequence.reserve(count);
    }

    void insert(long first, List<StoredEvent> prepared) {
        List<StoredEvent> numbered = new ArrayList<>(prepared.size());
        for (int i = 0; i < prepared.size(); i++) {
            numbered.add(prepared.get(i).withGlobalIndex(first + i));
        }
        events.insertOne(CommitDocuments.toDocument(numbered, clock.millis()));
        for (StoredEvent e : numbered) {
            if (e.domain()) {
                heads.advance(e.aggregateIdentifier(), e.sequenceNumber(), e.hash());
            }
        }
    }

    /** Position of the first prepared event whose stream key is already taken, or -1. */
    int conflictIndex(List<StoredEvent> prepared) {
        List<String> keys = prepared.stream().map(StoredEvent::streamKey).toList();
        Set<String> taken = new HashSet<>();
        for (Document d : events.find(Filters.in(CommitDocuments.STREAM_KEYS, keys))) {
            taken.addAll(d.getList(CommitDocuments.STREAM_KEYS, String.class));
        }
        for (int i = 0; i < prepared.size(); i++) {
            if (taken.contains(prepared.get(i).streamKey())) {
                return i;
            }
        }
        return -1;
    }
}
