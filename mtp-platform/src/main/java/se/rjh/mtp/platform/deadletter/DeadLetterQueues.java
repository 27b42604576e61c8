package se.rjh.mtp.platform.deadletter;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * The dead-letter queues by processing group name, as the operator's list shows them.
 */
@Schema(type = "object", additionalPropertiesSchema = DeadLetterQueues.Queue.class)
public record DeadLetterQueues(
        @JsonValue Map<String, Queue> byGroup) {

    /**
     * One processing group's queue
     *
     * @param size Number of parked letters
     * @param sequences Sequences (one per aggregate), each in the order its letters will be retried
     */
    public record Queue(
            long size,
            List<List<Letter>> sequences) {
    }

    /**
     * One parked event and why it failed
     *
     * @param payloadType The event's type (fully qualified record name)
     * @param cause The failure's type and message; the stack stays in the service log
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Letter(
            String eventId,
            String payloadType,
            String aggregateId,
            Long sequenceNumber,
            String cause,
            String enqueuedAt,
            String lastTouched) {
    }

    /**
     * The outcome of a retry
     *
     * @param retried False when the event failed again and stays parked
     * @param remaining Letters left in the group's queue
     */
    public record RetryResult(
            String group,
            String eventId,
            boolean retried,
            long remaining) {
    }
}
