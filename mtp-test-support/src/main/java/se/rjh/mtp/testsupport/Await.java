package se.rjh.mtp.testsupport;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for something asynchronous (a projection, a consumer, a restart) by polling every 100 ms until a deadline,
 * and fails with what it last saw. The deadline only bounds a hang: no assertion depends on timing.
 */
public final class Await {

    public static final Duration DEFAULT = Duration.ofSeconds(60);

    private Await() {
    }

    public static void until(String what, Duration timeout, BooleanSupplier condition) {
        value(what, timeout, condition::getAsBoolean, Boolean::booleanValue);
    }

    /** Probes until {@code done} holds for the value seen, and returns that value. */
    public static <T> T value(String what, Duration timeout, Supplier<T> probe, Predicate<T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = probe.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for " + what
                        + "; last seen: " + last);
            }
            pause(100);
            last = probe.get();
        }
        return last;
    }

    public static <T> T value(String what, Supplier<T> probe, Predicate<T> done) {
        return value(what, DEFAULT, probe, done);
    }

    public static void pause(long millis) {
        interruptibly(() -> Thread.sleep(millis));
    }

    /** A call that blocks until something happens: a latch opens, a process ends. */
    @FunctionalInterface
    public interface Blocking {
        void await() throws InterruptedException;
    }

    /** Blocks; an interrupt fails the test, and the thread keeps its interrupt flag for whoever runs it. */
    public static void interruptibly(Blocking call) {
        try {
            call.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
