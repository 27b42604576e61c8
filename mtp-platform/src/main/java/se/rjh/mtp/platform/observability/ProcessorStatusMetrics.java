package se.rjh.mtp.platform.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;
import java.util.function.ToDoubleFunction;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Where each streaming processor stands, as gauges per processor (tag {@code processor}): the token position it has
 * reached ({@code mtp_processor_position}: global index in the event store, or the sum of partition offsets for a
 * Kafka source), the segments this instance holds, whether they are caught up, replaying, or in error (an event
 * that keeps failing). Axon's own {@code eventProcessor.latency} gives the lag in time; these give the rest.
 */
record ProcessorStatusMetrics(EventProcessingConfiguration processing, MeterRegistry registry) implements ApplicationListener<ApplicationReadyEvent> {

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                gauge("mtp.processor.position", name, streaming, statuses -> statuses.stream()
                        .mapToLong(s -> s.getCurrentPosition().orElse(0L)).max().orElse(0L));
                gauge("mtp.processor.segments.claimed", name, streaming, Collection::size);
                gauge("mtp.processor.segments.caught.up", name, streaming,
                        statuses -> statuses.stream().filter(EventTrackerStatus::isCaughtUp).count());
                gauge("mtp.processor.segments.replaying", name, streaming,
                        statuses -> statuses.stream().filter(EventTrackerStatus::isReplaying).count());
                gauge("mtp.processor.segments.error", name, streaming,
                        statuses -> statuses.stream().filter(EventTrackerStatus::isErrorState).count());
            }
        });
    }

    private void gauge(String metric, String processorName, StreamingEventProcessor processor,
                       ToDoubleFunction<Collection<EventTrackerStatus>> value) {
        Gauge.builder(metric, processor, p -> value.applyAsDouble(p.processingStatus().values()))
                .tag("processor", processorName)
                .register(registry);
    }
}
