package se.rjh.mtp.platform.deadletter;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.common.NotFoundException;

/**
 * The operator's view of the dead-letter queues: what is parked and why, retry a sequence (after fixing the cause),
 * or evict one letter that can never be handled. Letters are named by their event's identifier.
 */
@Tag(name = "Admin: dead letters")
@RestController
@RequestMapping("/api/admin/dead-letters")
@PreAuthorize("hasRole('ADMIN')")
public class DeadLetterController {

    private final EventProcessingConfiguration processing;
    private final Set<String> groups;

    DeadLetterController(EventProcessingConfiguration processing, Set<String> groups) {
        this.processing = processing;
        this.groups = groups;
    }

    /** Every group's queue: its size and its sequences, each in the order its events will be retried. */
    @GetMapping
    public Map<String, Object> list() {
        Map<String, Object> result = new LinkedHashMap<>();
        for (String group : groups) {
            processing.deadLetterQueue(group).ifPresent(queue -> result.put(group, describe(queue)));
        }
        return result;
    }

    /** Retries the sequence whose first letter is this event; 200 with {@code retried=false} if it failed again. */
    @PostMapping("/{group}/{eventId}/retry")
    public Map<String, Object> retry(@PathVariable String group, @PathVariable String eventId) {
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing.sequencedDeadLetterProcessor(group)
                .orElseThrow(() -> new NotFoundException("Dead-letter queue", group));
        find(queue(group), eventId);
        boolean succeeded = processor.process(letter -> letter.message().getIdentifier().equals(eventId));
        return Map.of("group", group, "eventId", eventId, "retried", succeeded,
                "remaining", queue(group).size());
    }

    /** Removes one letter for good; the event is not handled. Later letters of its sequence stay parked. */
    @DeleteMapping("/{group}/{eventId}")
    public ResponseEntity<Void> evict(@PathVariable String group, @PathVariable String eventId) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group);
        queue.evict(find(queue, eventId));
        return ResponseEntity.noContent().build();
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String group) {
        return processing.deadLetterQueue(group).orElseThrow(() -> new NotFoundException("Dead-letter queue", group));
    }

    private static DeadLetter<? extends EventMessage<?>> find(SequencedDeadLetterQueue<EventMessage<?>> queue,
                                                              String eventId) {
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                if (letter.message().getIdentifier().equals(eventId)) {
                    return letter;
                }
            }
        }
        throw new NotFoundException("Dead letter", eventId);
    }

    private static Map<String, Object> describe(SequencedDeadLetterQueue<EventMessage<?>> queue) {
        List<List<Map<String, Object>>> sequences = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            List<Map<String, Object>> letters = new ArrayList<>();
            sequence.forEach(letter -> letters.add(describe(letter)));
            sequences.add(letters);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("size", queue.size());
        body.put("sequences", sequences);
        return body;
    }

    private static Map<String, Object> describe(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> message = letter.message();
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("eventId", message.getIdentifier());
        entry.put("payloadType", message.getPayloadType().getName());
        if (message instanceof DomainEventMessage<?> domain) {
            entry.put("aggregateId", domain.getAggregateIdentifier());
            entry.put("sequenceNumber", domain.getSequenceNumber());
        }
        // The cause's class and message name the failure; its stack stays in the service's log.
        letter.cause().ifPresent(cause -> entry.put("cause", cause.type() + ": " + cause.message()));
        entry.put("enqueuedAt", letter.enqueuedAt().toString());
        entry.put("lastTouched", letter.lastTouched().toString());
        return entry;
    }
}
