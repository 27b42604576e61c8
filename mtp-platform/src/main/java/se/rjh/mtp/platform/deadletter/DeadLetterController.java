package se.rjh.mtp.platform.deadletter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.rjh.mtp.api.common.NotFoundException;
import se.rjh.mtp.platform.security.Access;

/**
 * The operator's view of the dead-letter queues: what is parked and why, retry a sequence (after fixing the cause),
 * or evict one letter that can never be handled. Letters are named by their event's identifier.
 */
@RestController
@RequestMapping(DeadLetterController.PATH)
@Tag(name = "Admin: dead letters", description = "Events a processing group could not handle, parked for the operator: list, retry, evict. Role: ADMIN.")
public class DeadLetterController {

    public static final String PATH = "/api/admin/dead-letters";

    private final DeadLetterGroups groups;

    DeadLetterController(DeadLetterGroups groups) {
        this.groups = groups;
    }

    /** Every group's queue: its size and its sequences, each in the order its events will be retried. */
    @Operation(summary = "List the dead-letter queues of every processing group")
    @GetMapping
    @Access.Admin
    public DeadLetterQueues list() {
        Map<String, DeadLetterQueues.Queue> result = new LinkedHashMap<>();
        for (String group : groups.names()) {
            result.put(group, describe(groups.queue(group)));
        }
        return new DeadLetterQueues(result);
    }

    /** Retries the sequence whose first letter is this event; 200 with {@code retried=false} if it failed again. */
    @Operation(summary = "Retry the dead-letter sequence that starts with this event")
    @PostMapping("/{group}/{eventId}/retry")
    @Access.Admin
    public DeadLetterQueues.RetryResult retry(@PathVariable String group, @PathVariable String eventId) {
        find(groups.queue(group), eventId);
        boolean succeeded = groups.processor(group).process(letter -> letter.message().getIdentifier().equals(eventId));
        return new DeadLetterQueues.RetryResult(group, eventId, succeeded, groups.queue(group).size());
    }

    /** Removes one letter for good; the event is not handled. Later letters of its sequence stay parked. */
    @Operation(summary = "Evict one dead letter for good")
    @DeleteMapping("/{group}/{eventId}")
    @Access.Admin
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ApiResponse(responseCode = "204", description = "Evicted")
    public void evict(@PathVariable String group, @PathVariable String eventId) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = groups.queue(group);
        queue.evict(find(queue, eventId));
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

    private static DeadLetterQueues.Queue describe(SequencedDeadLetterQueue<EventMessage<?>> queue) {
        List<List<DeadLetterQueues.Letter>> sequences = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            List<DeadLetterQueues.Letter> letters = new ArrayList<>();
            sequence.forEach(letter -> letters.add(describe(letter)));
            sequences.add(letters);
        }
        return new DeadLetterQueues.Queue(queue.size(), sequences);
    }

    private static DeadLetterQueues.Letter describe(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> message = letter.message();
        DomainEventMessage<?> domain = message instanceof DomainEventMessage<?> d ? d : null;
        // The cause's class and message name the failure; its stack stays in the service's log.
        return new DeadLetterQueues.Letter(message.getIdentifier(), message.getPayloadType().getName(),
                domain == null ? null : domain.getAggregateIdentifier(),
                domain == null ? null : domain.getSequenceNumber(),
                letter.cause().map(cause -> cause.type() + ": " + cause.message()).orElse(null),
                letter.enqueuedAt().toString(), letter.lastTouched().toString());
    }
}
