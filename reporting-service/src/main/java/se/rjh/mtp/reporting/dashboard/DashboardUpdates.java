package se.rjh.mtp.reporting.dashboard;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import se.rjh.mtp.reporting.readmodel.ReadModelWriter;

/**
 * Pushes the figures to every open page after live events. Bursts are coalesced: at most one push per
 * {@link #PERIOD}, so a catch-up of thousands of events costs a handful of recomputations.
 */
@Component
class DashboardUpdates implements DisposableBean {

    static final Duration PERIOD = Duration.ofMillis(300);
    private static final long EMITTER_TIMEOUT_MS = Duration.ofMinutes(30).toMillis();

    private final DashboardFigures figures;
    private final List<SseEmitter> emitters = new CopyOnWriteArrayList<>();
    private final AtomicBoolean dirty = new AtomicBoolean();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dashboard-updates");
        t.setDaemon(true);
        return t;
    });

    DashboardUpdates(DashboardFigures figures, ReadModelWriter writer) {
        this.figures = figures;
        writer.onLiveApplied(record -> dirty.set(true));
        timer.scheduleWithFixedDelay(this::pushIfDirty, PERIOD.toMillis(), PERIOD.toMillis(), TimeUnit.MILLISECONDS);
    }

    SseEmitter subscribe() {
        SseEmitter emitter = new SseEmitter(EMITTER_TIMEOUT_MS);
        emitter.onCompletion(() -> emitters.remove(emitter));
        emitter.onTimeout(() -> emitters.remove(emitter));
        emitter.onError(e -> emitters.remove(emitter));
        emitters.add(emitter);
        // The newcomer gets the current figures at the next tick: nothing between its first fetch and now is lost.
        dirty.set(true);
        return emitter;
    }

    private void pushIfDirty() {
        if (emitters.isEmpty() || !dirty.getAndSet(false)) {
            return;
        }
        try {
            Object all = figures.all();
            for (SseEmitter emitter : emitters) {
                try {
                    emitter.send(SseEmitter.event().name("dashboard").data(all));
                } catch (IOException | IllegalStateException e) {
                    emitters.remove(emitter);
                }
            }
        } catch (RuntimeException e) {
            dirty.set(true);
        }
    }

    /**
     * Ends the open pages' streams as soon as shutdown begins: graceful shutdown waits for active requests, and an
     * open stream would otherwise hold it for its whole timeout.
     */
    @EventListener(ContextClosedEvent.class)
    void onContextClosed() {
        destroy();
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
        emitters.forEach(SseEmitter::complete);
        emitters.clear();
    }
}
