package se.rjh.mtp.testsupport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Hands a read model's events over as a tracking processor may: the aggregates interleaved, each one's events in
 * order, and, when asked, now and then the last few deliveries again, as after a batch whose token was not stored.
 * Remembers each delivery once, in order, to hand over again.
 *
 * @param <D> one delivery: an event with what its handler needs (aggregate id, sequence number...)
 */
public final class Deliveries<D> {

    private final Random random;
    private final Consumer<D> handler;
    private final List<D> delivered = new ArrayList<>();

    public Deliveries(Random random, Consumer<D> handler) {
        this.random = random;
        this.handler = handler;
    }

    public void deliver(D delivery) {
        if (!delivered.contains(delivery)) {
            delivered.add(delivery);
        }
        handler.accept(delivery);
    }

    /**
     * Hands over again the last delivery of each aggregate: what its processor redelivers after it stopped between
     * writing a row and what follows it.
     */
    public void redeliverLastOfEach(Function<D, String> aggregate) {
        Map<String, D> last = new LinkedHashMap<>();
        delivered.forEach(d -> last.put(aggregate.apply(d), d));
        List.copyOf(last.values()).forEach(this::deliver);
    }

    /**
     * Hands the histories over interleaved at random, each in order.
     *
     * @param delivery the delivery of a history's event at an index, which is its sequence number
     */
    public <E> void interleaved(List<List<E>> histories, boolean redeliver, BiFunction<List<E>, Integer, D> delivery) {
        List<Integer> unfinished = new ArrayList<>();
        for (int i = 0; i < histories.size(); i++) {
            unfinished.add(i);
        }
        int[] next = new int[histories.size()];
        while (!unfinished.isEmpty()) {
            int h = unfinished.get(random.nextInt(unfinished.size()));
            List<E> events = histories.get(h);
            deliver(delivery.apply(events, next[h]));
            if (++next[h] == events.size()) {
                unfinished.remove(Integer.valueOf(h));
            }
            if (redeliver && random.nextInt(10) == 0) {
                int from = Math.max(0, delivered.size() - 1 - random.nextInt(6));
                List.copyOf(delivered.subList(from, delivered.size())).forEach(this::deliver);
            }
        }
    }
}
