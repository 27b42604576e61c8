package se.rjh.mtp.reporting.replay;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes one batch while the replay reads and converts the next: the two halves of a replay on two cores. Batches
 * are written one at a time and in order, so each aggregate's events still reach the writer in order; a failed write
 * surfaces at the next submit or at {@link #await()}.
 */
final class WriteBehind implements AutoCloseable {

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "reporting-replay-writer");
        t.setDaemon(true);
        return t;
    });
    private Future<?> pending = CompletableFuture.completedFuture(null);

    void submit(Runnable write) {
        await();
        pending = thread.submit(write);
    }

    void await() {
        try {
            pending.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing a replay batch", e);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
