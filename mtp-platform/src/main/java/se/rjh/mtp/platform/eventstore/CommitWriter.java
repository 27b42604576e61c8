package se.rjh.mtp.platform.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.bulk.BulkWriteError;
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
     * One thread writes every commit of this engine, so commits that arrive together share one counter reservation
     * and one {@code insertMany} (group commit), and a caller's interrupt (Axon's handler timeout) stays out of a write
     * that other callers' commits share. The thread ends when idle. Correctness does not rest on it: the engine relies
     * only on single-operation atomicity - the counter's {@code $inc} and each document's unique-index checks on
     * insert - which MongoDB provides across instances and mongo-java-server's memory and H2 backends provide across
     * connections (their collections synchronize every insert, findAndModify, update and query,
     * {@code AbstractSynchronizedMongoCollection}), so two writers against one embedded server test this logic
     * fairly. What mongo-java-server lacks is multi-document transactions and most secondary-index query shapes;
     * the engine uses no transactions on MongoDB either, which is why a commit is one document.
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
     * still its own document, so each succeeds or fails on its own. An index clash ({@code _id} or
     * {@code globalIndexes}: the counter is behind the data) is retried with new numbers; a stream-key clash is the
     * caller's concurrency conflict.
     * <p>
     * A caller hears "failed" only when its commit is known not to be stored. When the outcome is unknown (the
     * connection broke after {@code insertMany} was sent, a timeout, a write-concern error), the commit is read back;
     * if it is absent, a {@link CommitDocuments#voidCommit void commit} is inserted over its reserved range first, so
     * it can never land later. If even that cannot be settled, the caller gets {@link CommitOutcomeUnknownException}.
     */
    long commit(List<StoredEvent> prepared) {
        PendingCommit mine = new PendingCommit(prepared);
        pending.add(mine);
        writer.execute(this::writePending);
        try {
            // Not interruptible on purpose: the outcome of a write that was sent must reach its caller.
            mine.done.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        return mine.numbered.get(0).globalIndex();
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
            // Only the counter reservation can get here, and it fails before anything of the group is sent: nothing
            // of it is stored. Every caller must hear of it, or its request thread would wait for ever.
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

    /**
     * Writes the group and returns the commits to try again with new numbers. Once {@code insertMany} has been
     * sent nothing escapes from here: each commit is answered by what is known to be stored.
     */
    private List<PendingCommit> writeGroup(List<PendingCommit> group) {
        long next = sequence.reserve(group.stream().mapToInt(c -> c.prepared.size()).sum());
        List<Document> documents = new ArrayList<>(group.size());
        for (PendingCommit commit : group) {
            commit.number(next);
            next += commit.prepared.size();
            documents.add(CommitDocuments.toDocument(commit.numbered, clock.millis()));
        }
        Map<Integer, BulkWriteError> rejected = new HashMap<>();
        MongoBulkWriteException bulkError = null;
        RuntimeException unknown = null;
        try {
            events.insertMany(documents, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            // Each write error rejects exactly that document; the others were inserted. A write-concern error means
            // they were applied but not confirmed by a majority: read them back like any unknown outcome.
            e.getWriteErrors().forEach(error -> rejected.put(error.getIndex(), error));
            bulkError = e;
            unknown = e.getWriteConcernError() == null ? null : e;
        } catch (RuntimeException e) {
            unknown = e;
        }
        if (unknown == null) {
            // Answer the stored commits first, before anything that could fail on the way.
            for (int i = 0; i < group.size(); i++) {
                if (!rejected.containsKey(i)) {
                    stored(group.get(i));
                }
            }
        }
        List<PendingCommit> retry = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            PendingCommit commit = group.get(i);
            BulkWriteError error = rejected.get(i);
            if (error != null) {
                rejected(commit, error.getCategory() == ErrorCategory.DUPLICATE_KEY, bulkError, retry);
            } else if (unknown != null) {
                settle(commit, unknown);
            }
        }
        return retry;
    }

    /** Never throws: it runs between other callers' answers. */
    private void stored(PendingCommit commit) {
        try {
            commit.numbered.stream().filter(StoredEvent::domain)
                    .forEach(e -> heads.advance(e.aggregateIdentifier(), e.sequenceNumber(), e.hash()));
        } catch (RuntimeException e) {
            // Only a cache: without the head, the next event of the aggregate reads its predecessor's hash instead.
        } finally {
            commit.done.complete(null);
        }
    }

    /**
     * The server refused this document: retry an index clash, report anything else. A duplicate key can also mean a
     * driver's automatic retry of a write that had landed: then the commit at our first index is ours, and stored.
     */
    private void rejected(PendingCommit commit, boolean duplicateKey, MongoException error,
                          List<PendingCommit> retry) {
        try {
            if (duplicateKey && storedAt(commit.numbered.get(0).globalIndex(), commit) == Stored.OURS) {
                stored(commit);
                return;
            }
            if (duplicateKey && commit.attempts++ < ID_CLASH_RETRIES
                    && conflictIndex(commit.prepared) < 0) {
                retry.add(commit);
                return;
            }
        } catch (RuntimeException lookupFailed) {
            // Could not look further; the server refused this very document, so it is not stored by this write.
        }
        commit.done.completeExceptionally(error);
    }

    /** Answers a commit whose insert had an unknown outcome by what the store holds at its first index. */
    private void settle(PendingCommit commit, RuntimeException cause) {
        long first = commit.numbered.get(0).globalIndex();
        try {
            Stored found = storedAt(first, commit);
            if (found == Stored.NOTHING) {
                try {
                    events.insertOne(CommitDocuments.voidCommit(first, commit.numbered.size(), clock.millis()));
                    commit.done.completeExceptionally(cause);
                    return;
                } catch (MongoException fence) {
                    if (!MongoDuplicateKeyResolver.isDuplicateKey(fence)) {
                        throw fence;
                    }
                    // Something owns part of the range now: our late insert, or (counter behind) another commit.
                    found = storedAt(first, commit);
                }
            }
            if (found == Stored.OURS) {
                stored(commit);
            } else {
                // Another document owns part of our range, and documents are never removed: ours can never land.
                commit.done.completeExceptionally(cause);
            }
        } catch (RuntimeException e) {
            commit.done.completeExceptionally(new CommitOutcomeUnknownException(
                    commit.numbered.stream().map(StoredEvent::eventIdentifier).toList(), cause));
        }
    }

    private enum Stored { OURS, OTHER, NOTHING }

    private Stored storedAt(long firstIndex, PendingCommit commit) {
        Document owner = events.find(Filters.eq(CommitDocuments.GLOBAL_INDEXES, firstIndex)).first();
        if (owner == null) {
            return Stored.NOTHING;
        }
        List<String> ours = commit.numbered.stream().map(StoredEvent::eventIdentifier).toList();
        return CommitDocuments.eventIdentifiers(owner).equals(ours) ? Stored.OURS : Stored.OTHER;
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

    /** Inserts at indexes reserved earlier; an index clash is the server's refusal and is thrown as it is. */
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

    /**
     * What the writer thread does with a commit whose insert comes late: insert at its reserved indexes and, if a
     * reader has meanwhile given up those indexes (fenced them with a void commit) or another commit holds them,
     * commit again with new numbers. Returns the first index it was stored at.
     */
    long insertLate(long first, List<StoredEvent> prepared) {
        try {
            insert(first, prepared);
            return first;
        } catch (MongoException e) {
            if (!MongoDuplicateKeyResolver.isDuplicateKey(e) || conflictIndex(prepared) >= 0) {
                throw e;
            }
            return commit(prepared);
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
