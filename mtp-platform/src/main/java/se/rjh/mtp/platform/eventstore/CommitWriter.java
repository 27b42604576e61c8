package se.rjh.mtp.platform.eventstore;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
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
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Turns one {@code appendEvents} call into one hash-chained commit document and inserts it. */
final class CommitWriter {

    private static final Set<String> RESERVED_KEYS = Set.of(EventHashes.HASH_KEY, EventHashes.PREV_HASH_KEY);
    private static final int ID_CLASH_RETRIES = 3;
    private static final int MAX_GROUP = 256;

    private final MongoCollection<Document> events;
    private final GlobalSequence sequence;
    private final StreamReader streams;
    private final ChainHeads heads;
    private final Clock clock;
    /**
     * One thread writes every commit of this engine. That serializes reserve+insert within this JVM, which
     * mongo-java-server needs (its $inc and unique checks are not atomic across connections; real MongoDB's are,
     * across instances too), and it keeps a caller's interrupt (Axon's handler timeout) out of a write that other
     * callers' commits share. The thread ends when idle.
     */
    private final ThreadPoolExecutor writer = singleWriterThread();
    private final Queue<PendingCommit> pending = new ConcurrentLinkedQueue<>();

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
                                           payload.getData(), EventHashes.canonicalMetaData(message.getMetaData()),
                                           prevHash);
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

    /**
     * Stores one commit. Commits that arrive while the writer thread is writing are written together next
     * (group commit): one counter reservation and one unordered {@code insertMany} for all of them. Each commit is
     * still its own document, so each succeeds or fails on its own. An {@code _id} clash (counter behind the data)
     * is retried with new numbers; a stream-key clash is the caller's concurrency conflict.
     */
    void commit(List<StoredEvent> prepared) {
        PendingCommit mine = new PendingCommit(prepared);
        pending.add(mine);
        writer.execute(this::writePending);
        try {
            // Not interruptible on purpose: the outcome of a write that was sent must reach its caller.
            mine.done.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private void writePending() {
        List<PendingCommit> batch = new ArrayList<>();
        for (PendingCommit next; batch.size() < MAX_GROUP && (next = pending.poll()) != null; ) {
            batch.add(next);
        }
        try {
            while (!batch.isEmpty()) {
                batch = writeGroup(batch);
            }
        } catch (RuntimeException e) {
            // E.g. the counter could not be reserved because the server is away. Every caller in the group must hear
            // of it: a commit left incomplete here would keep its request thread waiting for ever.
            batch.forEach(commit -> commit.done.completeExceptionally(e));
        }
    }

    private static ThreadPoolExecutor singleWriterThread() {
        ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                runnable -> {
                    Thread thread = new Thread(runnable, "mtp-event-store-writer");
                    thread.setDaemon(true);
                    return thread;
                });
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }

    /** Writes the group and returns the commits to try again with new numbers. */
    private List<PendingCommit> writeGroup(List<PendingCommit> group) {
        long next = sequence.reserve(group.stream().mapToInt(c -> c.prepared.size()).sum());
        List<Document> documents = new ArrayList<>(group.size());
        for (PendingCommit commit : group) {
            commit.number(next);
            next += commit.prepared.size();
            documents.add(CommitDocuments.toDocument(commit.numbered, clock.millis()));
        }
        Map<Integer, MongoException> failed = new HashMap<>();
        try {
            events.insertMany(documents, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            e.getWriteErrors().forEach(error -> failed.put(error.getIndex(), e));
        } catch (MongoException e) {
            // Outcome unknown for all (e.g. the server went away): report it to every caller.
            group.forEach(commit -> commit.done.completeExceptionally(e));
            return List.of();
        }
        List<PendingCommit> retry = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            PendingCommit commit = group.get(i);
            MongoException error = failed.get(i);
            if (error == null) {
                commit.numbered.stream().filter(StoredEvent::domain)
                        .forEach(e -> heads.advance(e.aggregateIdentifier(), e.sequenceNumber(), e.hash()));
                commit.done.complete(null);
            } else if (MongoDuplicateKeyResolver.isDuplicateKey(error) && commit.attempts++ < ID_CLASH_RETRIES
                    && conflictIndex(commit.prepared) < 0) {
                retry.add(commit);
            } else {
                commit.done.completeExceptionally(error);
            }
        }
        return retry;
    }

    /** A commit waiting to be written, and the caller's handle on its outcome. */
    private static final class PendingCommit {
        final List<StoredEvent> prepared;
        final CompletableFuture<Void> done = new CompletableFuture<>();
        List<StoredEvent> numbered;
        int attempts;

        PendingCommit(List<StoredEvent> prepared) {
            this.prepared = prepared;
        }

        void number(long first) {
            numbered = new ArrayList<>(prepared.size());
            for (int i = 0; i < prepared.size(); i++) {
                numbered.add(prepared.get(i).withGlobalIndex(first + i));
            }
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
