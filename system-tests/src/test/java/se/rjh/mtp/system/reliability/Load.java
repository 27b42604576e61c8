package se.rjh.mtp.system.reliability;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/** Sends many requests from a few client threads at once, the way several users' browsers would. */
final class Load {

    /** Results of {@code count} calls of {@code call}, in the order they completed; {@code progress} counts them. */
    static <T> List<T> parallel(int count, int threads, AtomicInteger progress, IntFunction<T> call) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<T> results = Collections.synchronizedList(new ArrayList<>(count));
        try {
            List<Future<?>> futures = new ArrayList<>();
            AtomicInteger next = new AtomicInteger();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        results.add(call.apply(i));
                        progress.incrementAndGet();
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("A client thread failed", e);
        } finally {
            pool.shutdownNow();
        }
        return results;
    }

    private Load() {
    }
}
