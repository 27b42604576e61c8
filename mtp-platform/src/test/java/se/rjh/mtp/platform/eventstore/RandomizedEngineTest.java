package se.rjh.mtp.platform.eventstore;

import com.mongodb.client.MongoClient;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import se.rjh.mtp.platform.eventstore.GapTimeoutTest.ManualClock;
import se.rjh.mtp.platform.eventstore.TestEvents.Thing;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The engine alone under two writers, delayed and abandoned commits, multi-event commits and reader restarts. One
 * thread runs every step, chosen by a seeded {@link Random}: the interleaving is a deterministic schedule, not a race
 * between free-running threads, so a failing seed replays exactly. A delayed commit is the window a real writer has
 * between reserving its indexes and inserting its document, stretched over many steps of the other writer and the
 * reader.
 * <p>
 * Checked: every committed event is delivered exactly once to a reader that is restarted from its saved tokens (often
 * mid-commit); forward deliveries come in strictly ascending global index, and a late one only fills an index the
 * previous token still had as a gap; each aggregate's events arrive in sequence; no event is lost, neither one whose
 * commit lands within the gap timeout (on the reader's clock; the writers' clocks are skewed by +/- 10 minutes) nor
 * one whose commit lands after its gap expired (defect 1 for late multi-event commits); abandoned reservations
 * expire; the hash chains verify.
 * <p>
 * Sizes: {@code -Dmtp.store.random.steps} (default 300), {@code -Dmtp.store.random.runs} (default 3). Rerun one
 * schedule with {@code -Dmtp.store.random.seed=<printed seed>} (then runs defaults to 1).
 */
class RandomizedEngineTest {

    private static final Duration GAP_TIMEOUT = Duration.ofSeconds(60);
    private static final int READER_BATCH = 7;

    @Test
    void everyCommittedEventIsDeliveredOnceInOrderToARestartedReader() {
        Long fixedSeed = Long.getLong("mtp.store.random.seed");
        int steps = Integer.getInteger("mtp.store.random.steps", 300);
        int runs = Integer.getInteger("mtp.store.random.runs", fixedSeed == null ? 3 : 1);
        long base = fixedSeed != null ? fixedSeed : new Random().nextLong();
        try (EmbeddedMongo mongo = new EmbeddedMongo()) {
            for (int run = 0; run < runs; run++) {
                long seed = base + run;
                System.out.printf("RandomizedEngineTest seed=%d steps=%d (rerun: -Dmtp.store.random.seed=%d)%n",
                                  seed, steps, seed);
                try {
                    Schedule.Figures figures = new Schedule(mongo, seed, steps).run();
                    System.out.printf("RandomizedEngineTest seed=%d: %s%n", seed, figures);
                } catch (AssertionError | RuntimeException e) {
                    throw new AssertionError("Failed with seed " + seed + " (rerun: -Dmtp.store.random.seed=" + seed
                                                     + " -Dmtp.store.random.steps=" + steps + ")", e);
                }
            }
        }
    }

    /** One seeded schedule against its own database. */
    private static final class Schedule {

        record Figures(int committedEvents, int commits, int delayedCommits, int relocatedAfterExpiry,
                       int abandonedReservations, int conflicts, int readerRestarts, int reads, int lateDeliveries) {
        }

        private record Delayed(MongoCommitEventStorageEngine writer, long first, List<DomainEventMessage<?>> events) {
        }

        private final Random random;
        private final int steps;
        private final String database;
        private final EmbeddedMongo mongo;
        private final ManualClock readerClock = new ManualClock();
        private final List<MongoClient> clients = new ArrayList<>();
        private final MongoCommitEventStorageEngine[] writers = new MongoCommitEventStorageEngine[2];
        private MongoCommitEventStorageEngine reader;

        private final Map<String, Long> nextSequence = new HashMap<>();
        private final List<String> aggregates = new ArrayList<>();
        private final Set<String> committed = new LinkedHashSet<>();
        private final Map<String, String> aggregateOf = new HashMap<>();
        private final Map<String, Long> sequenceOf = new HashMap<>();
        private final List<Delayed> delayed = new ArrayList<>();

        private GapAwareTrackingToken saved;
        private final Set<String> delivered = new HashSet<>();
        private final Map<String, Long> lastDeliveredSequence = new HashMap<>();
        private long lastForwardIndex = -1;
        private int aggregateCounter;
        private int commits;
        private int delayedCommits;
        private int relocated;
        private int abandoned;
        private int conflicts;
        private int restarts;
        private int reads;
        private int late;

        Schedule(EmbeddedMongo mongo, long seed, int steps) {
            this.mongo = mongo;
            this.random = new Random(seed);
            this.steps = steps;
            this.database = "random" + Long.toHexString(seed);
        }

        Figures run() {
            // Two instances: own clients, own writer threads and chain caches, clocks 10 minutes apart either way.
            writers[0] = engine(Clock.offset(readerClock, Duration.ofMinutes(-10)));
            writers[1] = engine(Clock.offset(readerClock, Duration.ofMinutes(10)));
            reader = engine(readerClock);
            try {
                for (int step = 0; step < steps; step++) {
                    step();
                }
                finish();
            } finally {
                clients.forEach(MongoClient::close);
            }
            return new Figures(committed.size(), commits, delayedCommits, relocated, abandoned, conflicts, restarts,
                               reads, late);
        }

        private MongoCommitEventStorageEngine engine(Clock clock) {
            MongoClient client = mongo.newClient();
            clients.add(client);
            return engine(client, clock);
        }

        private MongoCommitEventStorageEngine engine(MongoClient client, Clock clock) {
            return TestEvents.engineBuilder(client.getDatabase(database)).clock(clock).gapTimeout(GAP_TIMEOUT)
                             .batchSize(READER_BATCH).build();
        }

        private void step() {
            int dice = random.nextInt(100);
            if (dice < 35) {
                append();
            } else if (dice < 40) {
                conflictingAppend();
            } else if (dice < 50) {
                reserveDelayed();
            } else if (dice < 62) {
                landDelayed();
            } else if (dice < 65) {
                writer().reserve(1 + random.nextInt(3));
                abandoned++;
            } else if (dice < 88) {
                read(1 + random.nextInt(20));
            } else if (dice < 94) {
                restartReader();
            } else {
                advanceClock();
            }
        }

        private MongoCommitEventStorageEngine writer() {
            return writers[random.nextInt(2)];
        }

        /** A commit of 1-5 events over one or two aggregates, new or existing (never one a delayed commit holds). */
        private void append() {
            List<DomainEventMessage<?>> commit = new ArrayList<>();
            int size = 1 + random.nextInt(5);
            String first = pickAggregate();
            String second = random.nextInt(3) == 0 ? pickAggregate() : first;
            for (int i = 0; i < size; i++) {
                commit.add(next(i % 2 == 0 ? first : second));
            }
            writer().appendEvents(commit);
            commit.forEach(this::committed);
            commits++;
        }

        private String pickAggregate() {
            if (aggregates.isEmpty() || random.nextInt(4) == 0) {
                String id = "agg-" + aggregateCounter++;
                nextSequence.put(id, 0L);
                aggregates.add(id);
                return id;
            }
            return aggregates.get(random.nextInt(aggregates.size()));
        }

        private DomainEventMessage<?> next(String aggregate) {
            long seq = nextSequence.merge(aggregate, 1L, Long::sum) - 1;
            return new GenericDomainEventMessage<>("Agg", aggregate, seq, new Thing(aggregate, (int) seq));
        }

        private void committed(DomainEventMessage<?> event) {
            committed.add(event.getIdentifier());
            aggregateOf.put(event.getIdentifier(), event.getAggregateIdentifier());
            sequenceOf.put(event.getIdentifier(), event.getSequenceNumber());
        }

        /** The other instance appends a sequence number that is already taken: refused whole, nothing stored. */
        private void conflictingAppend() {
            if (aggregates.isEmpty()) {
                return;
            }
            String aggregate = aggregates.get(random.nextInt(aggregates.size()));
            if (nextSequence.get(aggregate) == 0) {
                return;
            }
            long taken = random.nextLong(nextSequence.get(aggregate));
            List<DomainEventMessage<?>> commit = List.of(
                    next(pickAggregate()),
                    new GenericDomainEventMessage<>("Agg", aggregate, taken, new Thing("conflict", 0)));
            try {
                writer().appendEvents(commit);
                fail("Appending taken sequence " + taken + " of " + aggregate + " was accepted");
            } catch (ConcurrencyException | AggregateStreamCreationException expected) {
                conflicts++;
            }
            // The refused commit's first event was never stored: give its aggregate's number back.
            DomainEventMessage<?> unstored = commit.get(0);
            nextSequence.put(unstored.getAggregateIdentifier(), unstored.getSequenceNumber());
        }

        /** Reserve now, insert many steps later: aggregates of their own, so no other commit waits for them. */
        private void reserveDelayed() {
            MongoCommitEventStorageEngine writer = writer();
            String aggregate = "late-" + aggregateCounter++;
            nextSequence.put(aggregate, 0L);
            List<DomainEventMessage<?>> events = new ArrayList<>();
            int size = 1 + random.nextInt(5);
            for (int i = 0; i < size; i++) {
                events.add(next(aggregate));
            }
            delayed.add(new Delayed(writer, writer.reserve(size), events));
        }

        private void landDelayed() {
            if (delayed.isEmpty()) {
                return;
            }
            Delayed commit = delayed.remove(random.nextInt(delayed.size()));
            if (commit.writer().appendLate(commit.first(), commit.events()) != commit.first()) {
                relocated++;
            }
            commit.events().forEach(this::committed);
            aggregates.add(commit.events().get(0).getAggregateIdentifier());
            delayedCommits++;
        }

        /** A new engine instance: nothing of the reader's memory survives but the saved token. */
        private void restartReader() {
            reader = engine(clients.get(2), readerClock);
            restarts++;
        }

        /**
         * Moves the reader's clock, often past the gap timeout of reservations that are still delayed: their gaps are
         * given up (fenced), and when they land after all they must be stored under new indexes and still delivered.
         */
        private void advanceClock() {
            long bound = random.nextBoolean() ? 10_000 : 2 * GAP_TIMEOUT.toMillis();
            readerClock.advance(Duration.ofMillis(random.nextLong(bound)));
        }

        /** Consumes up to {@code max} events and saves the token of the last, as a processor does. */
        private int read(int max) {
            reads++;
            List<TrackedEventMessage<?>> batch = new ArrayList<>();
            reader.readEvents(saved, false).limit(max).forEach(batch::add);
            for (TrackedEventMessage<?> event : batch) {
                check(event);
            }
            return batch.size();
        }

        private void check(TrackedEventMessage<?> event) {
            GapAwareTrackingToken token = (GapAwareTrackingToken) event.trackingToken();
            String id = event.getIdentifier();
            assertThat(committed).as("delivered event was committed").contains(id);
            assertThat(delivered.add(id)).as("event %s delivered once", id).isTrue();
            long index;
            if (saved == null || token.getIndex() > saved.getIndex()) {
                index = token.getIndex();
                assertThat(index).as("forward deliveries ascend").isGreaterThan(lastForwardIndex);
                lastForwardIndex = index;
            } else {
                // The event fills the highest gap that left the token; any lower ones left with it expired (abandoned
                // reservations) or were fenced off, and the final check proves none of them held an event.
                SortedSet<Long> left = new TreeSet<>(saved.getGaps());
                left.removeAll(token.getGaps());
                assertThat(left).as("a late delivery fills a gap of the previous token").isNotEmpty();
                index = left.last();
                late++;
            }
            String aggregate = aggregateOf.get(id);
            long expected = lastDeliveredSequence.getOrDefault(aggregate, -1L) + 1;
            assertThat(sequenceOf.get(id)).as("sequence of %s", aggregate).isEqualTo(expected);
            lastDeliveredSequence.put(aggregate, expected);
            saved = token;
        }

        /** Lands what is still delayed, lets abandoned gaps expire, drains the reader and compares. */
        private void finish() {
            while (!delayed.isEmpty()) {
                landDelayed();
            }
            restartReader();
            for (int quiet = 0; quiet < 2; ) {
                quiet = read(Integer.MAX_VALUE) == 0 ? quiet + 1 : 0;
            }
            // Reservations after the last delivered event become gaps only behind a later event, and then wait the
            // timeout from that moment: two rounds of "later event, clock past the timeout".
            for (int round = 0; round < 2; round++) {
                readerClock.advance(GAP_TIMEOUT.multipliedBy(2));
                DomainEventMessage<?> last = next(pickAggregate());
                writers[0].appendEvents(last);
                committed(last);
                for (int quiet = 0; quiet < 2; ) {
                    quiet = read(Integer.MAX_VALUE) == 0 ? quiet + 1 : 0;
                }
            }
            assertThat(delivered).as("every committed event delivered").containsExactlyInAnyOrderElementsOf(committed);
            assertThat(saved.getGaps()).as("abandoned reservations expired").isEmpty();
            assertThat(new ChainVerifier(mongo.database(database)).verify().breaks()).isEmpty();
        }
    }
}
