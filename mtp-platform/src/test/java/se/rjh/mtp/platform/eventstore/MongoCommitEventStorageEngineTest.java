package se.rjh.mtp.platform.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.rjh.mtp.platform.eventstore.TestEvents.Thing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.rjh.mtp.platform.eventstore.TestEvents.event;
import static se.rjh.mtp.platform.eventstore.TestEvents.events;

class MongoCommitEventStorageEngineTest {

    private static final AtomicInteger DB = new AtomicInteger();
    @RegisterExtension
    static final EmbeddedMongo mongo = new EmbeddedMongo();
    private MongoCommitEventStorageEngine engine;

    @BeforeEach
    void newStore() {
        engine = TestEvents.engineBuilder(mongo, "engine" + DB.incrementAndGet()).build();
    }

    @Test
    void appendedEventsReadBackUnchanged() {
        DomainEventMessage<Thing> original = event("a1", 0);
        engine.appendEvents(original);

        List<? extends DomainEventMessage<?>> read = engine.readEvents("a1").asStream().toList();
        assertThat(read).hasSize(1);
        DomainEventMessage<?> back = read.get(0);
        assertThat(back.getIdentifier()).isEqualTo(original.getIdentifier());
        assertThat(back.getAggregateIdentifier()).isEqualTo("a1");
        assertThat(back.getType()).isEqualTo("Agg");
        assertThat(back.getSequenceNumber()).isZero();
        assertThat(back.getTimestamp()).isEqualTo(original.getTimestamp());
        assertThat(back.getPayload()).isEqualTo(original.getPayload());
        assertThat(back.getMetaData()).containsEntry("user", "alice");

        TrackedEventMessage<?> tracked = engine.readEvents(null, false).findFirst().orElseThrow();
        assertThat(tracked.getIdentifier()).isEqualTo(original.getIdentifier());
        assertThat(tracked.getTimestamp()).isEqualTo(original.getTimestamp());
        assertThat(tracked.getPayload()).isEqualTo(original.getPayload());
    }

    @Test
    void plainEventsAreStoredAndTrackedAsNonDomainEvents() {
        EventMessage<Thing> plain = GenericEventMessage.asEventMessage(new Thing("plain", 1));
        engine.appendEvents(plain, event("a1", 0));

        List<TrackedEventMessage<?>> tracked = track(engine, null);
        assertThat(tracked).hasSize(2);
        assertThat(tracked.get(0)).isNotInstanceOf(DomainEventMessage.class);
        assertThat(tracked.get(0).getPayload()).isEqualTo(new Thing("plain", 1));
        assertThat(tracked.get(1)).isInstanceOf(DomainEventMessage.class);
        assertThat(engine.readEvents(plain.getIdentifier()).asStream()).isEmpty();
    }

    @Test
    void concurrentAppendOfSameSequenceHasExactlyOneWinner() throws Exception {
        engine.appendEvents(event("a1", 0));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Boolean>> results = new ArrayList<>();
        for (String writer : List.of("w1", "w2")) {
            Callable<Boolean> append = () -> {
                start.await();
                try {
                    engine.appendEvents(new GenericDomainEventMessage<>("Agg", "a1", 1, new Thing(writer, 1)));
                    return true;
                } catch (ConcurrencyException e) {
                    return false;
                }
            };
            results.add(pool.submit(append));
        }
        start.countDown();
        int wins = 0;
        for (Future<Boolean> result : results) {
            wins += result.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(wins).isEqualTo(1);
        assertThat(engine.readEvents("a1").asStream()).hasSize(2);
        assertThat(engine.readEvents(null, false)).hasSize(2);
    }

    @Test
    void groupCommitKeepsEachCommitSeparateUnderConcurrency() throws Exception {
        int writers = 8;
        int perWriter = 100;
        engine.appendEvents(event("shared", 0));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Integer>> conflicts = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            String writer = "w" + w;
            conflicts.add(pool.submit(() -> {
                start.await();
                int lost = 0;
                for (int i = 0; i < perWriter; i++) {
                    engine.appendEvents(events(writer + "-" + i, 0, 2).toArray(new DomainEventMessage<?>[0]));
                    try { // every writer races for the same next sequence of one shared aggregate, once
                        if (i == 50) {
                            engine.appendEvents(new GenericDomainEventMessage<>("Agg", "shared", 1, new Thing(writer, 1)));
                        }
                    } catch (ConcurrencyException e) {
                        lost++;
                    }
                }
                return lost;
            }));
        }
        start.countDown();
        int lostRaces = 0;
        for (Future<Integer> result : conflicts) {
            lostRaces += result.get();
        }
        pool.shutdown();

        assertThat(lostRaces).isEqualTo(writers - 1);
        assertThat(engine.readEvents("shared").asStream()).hasSize(2);
        for (int w = 0; w < writers; w++) {
            assertThat(engine.readEvents("w" + w + "-" + (perWriter - 1)).asStream()).hasSize(2);
        }
        List<Long> indexes = engine.readEvents(null, false)
                .map(e -> ((org.axonframework.eventhandling.GapAwareTrackingToken) e.trackingToken()).getIndex())
                .toList();
        assertThat(indexes).hasSize(1 + writers * perWriter * 2 + 1).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void conflictOnFirstEventIsAxonsStreamCreationException() {
        engine.appendEvents(event("a1", 0));
        assertThatThrownBy(() -> engine.appendEvents(event("a1", 0)))
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThatThrownBy(() -> engine.appendEvents(event("a2", 0), event("a1", 0)))
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThat(engine.readEvents("a2").asStream()).isEmpty();
    }

    @Test
    void multiAggregateCommitIsAtomic() {
        engine.appendEvents(events("b", 0, 2));
        List<EventMessage<?>> commit = new ArrayList<>(events("a", 0, 3));
        commit.add(event("b", 1));

        assertThatThrownBy(() -> engine.appendEvents(commit)).isInstanceOf(ConcurrencyException.class);
        assertThat(engine.readEvents("a").asStream()).isEmpty();
        assertThat(engine.readEvents(null, false)).hasSize(2);
        assertThat(engine.lastSequenceNumberFor("a")).isEmpty();
    }

    @Test
    void lateCommitOfEarlierReservationIsDeliveredExactlyOnce() {
        long reserved = engine.reserve(1);
        engine.appendEvents(event("b", 0));

        List<TrackedEventMessage<?>> first = track(engine, null);
        assertThat(first).extracting(e -> ((DomainEventMessage<?>) e).getAggregateIdentifier()).containsExactly("b");
        GapAwareTrackingToken afterFirst = (GapAwareTrackingToken) first.get(0).trackingToken();
        assertThat(afterFirst.getGaps()).containsExactly(reserved);

        engine.appendAt(reserved, List.of(event("a", 0)));
        List<TrackedEventMessage<?>> second = track(engine, afterFirst);
        assertThat(second).extracting(e -> ((DomainEventMessage<?>) e).getAggregateIdentifier()).containsExactly("a");
        GapAwareTrackingToken afterSecond = (GapAwareTrackingToken) second.get(0).trackingToken();
        assertThat(afterSecond.getGaps()).isEmpty();
        assertThat(engine.readEvents(afterSecond, false)).isEmpty();
    }

    @Test
    void neverCommittedReservationsDoNotStallTracking() {
        engine.appendEvents(event("a", 0));
        engine.reserve(1_000);
        engine.appendEvents(event("a", 1));
        List<TrackedEventMessage<?>> all = track(engine, null);
        assertThat(all).hasSize(2);
        assertThat(((GapAwareTrackingToken) all.get(1).trackingToken()).getIndex()).isEqualTo(1_001);
    }

    @Test
    void replayFromTailEqualsAppendOrder() {
        List<String> appended = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            List<DomainEventMessage<?>> commit = new ArrayList<>(events("x" + (i % 4), i / 4 * 3, 3));
            engine.appendEvents(commit);
            commit.forEach(e -> appended.add(e.getIdentifier()));
        }
        List<String> replayed = engine.readEvents(engine.createTailToken(), false)
                                      .map(EventMessage::getIdentifier).toList();
        assertThat(replayed).containsExactlyElementsOf(appended);
    }

    @Test
    void restartFromTokenInsideACommitDeliversTheRestOfIt() {
        engine.appendEvents(events("a", 0, 5));
        List<TrackedEventMessage<?>> all = track(engine, null);
        TrackingToken midCommit = all.get(1).trackingToken();
        MongoCommitEventStorageEngine restarted = TestEvents.engineBuilder(mongo, "engine" + DB.get()).build();
        assertThat(restarted.readEvents(midCommit, false).map(EventMessage::getIdentifier))
                .containsExactlyElementsOf(all.subList(2, 5).stream().map(EventMessage::getIdentifier).toList());
    }

    @Test
    void snapshotRoundTripWithLaterEvents() {
        engine.appendEvents(events("a", 0, 5));
        engine.storeSnapshot(new GenericDomainEventMessage<>("Agg", "a", 4, new Thing("state", 4)));
        engine.appendEvents(events("a", 5, 2));

        Optional<DomainEventMessage<?>> snapshot = engine.readSnapshot("a");
        assertThat(snapshot).isPresent();
        assertThat(snapshot.get().getSequenceNumber()).isEqualTo(4);
        assertThat(snapshot.get().getPayload()).isEqualTo(new Thing("state", 4));
        assertThat(engine.readEvents("a", 5).asStream().map(DomainEventMessage::getSequenceNumber))
                .containsExactly(5L, 6L);
        assertThat(engine.lastSequenceNumberFor("a")).contains(6L);
    }

    @Test
    void aggregateWithThousandEventsLoadsFully() {
        for (int commit = 0; commit < 100; commit++) {
            engine.appendEvents(events("big", commit * 10L, 10));
        }
        List<Long> seqs = engine.readEvents("big").asStream().map(DomainEventMessage::getSequenceNumber).toList();
        assertThat(seqs).hasSize(1000);
        assertThat(seqs.get(999)).isEqualTo(999L);
        assertThat(engine.lastSequenceNumberFor("big")).contains(999L);
    }

    @Test
    void headAndTimeTokens() {
        engine.appendEvents(events("a", 0, 3));
        java.time.Instant between = java.time.Instant.now().plusMillis(5);
        while (!java.time.Instant.now().isAfter(between)) {
            Thread.onSpinWait();
        }
        engine.appendEvents(events("a", 3, 2));

        assertThat(engine.createTailToken()).isNull();
        assertThat(((GapAwareTrackingToken) engine.createHeadToken()).getIndex()).isEqualTo(4);
        assertThat(engine.readEvents(engine.createTokenAt(between), false)
                         .map(e -> ((DomainEventMessage<?>) e).getSequenceNumber()))
                .containsExactly(3L, 4L);
    }

    private static List<TrackedEventMessage<?>> track(MongoCommitEventStorageEngine engine, TrackingToken from) {
        List<TrackedEventMessage<?>> result = new ArrayList<>();
        engine.readEvents(from, false).forEach(result::add);
        return result;
    }
}
