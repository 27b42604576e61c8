package se.rjh.mtp.platform.deadletter;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/** The dead-letter queues by processing group name, as the operator's list shows them. */
@Schema(description = "Dead-letter queues by processing group name", type = "object",
        additionalPropertiesSchema = DeadLetterQueues.Queue.class)
public record DeadLetterQueues(@JsonValue Map<String, Queue> byGroup) {

    @Schema(description = "One processing group's queue")
    public record Queue(
            @Schema(description = "Number of parked letters") long size,
            @Schema(description = "Sequences (one per aggregate), each in the order its letters will be retried")
            List<List<Letter>> sequences) {
    }

    @Schema(description = "One parked event and why it failed")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Letter(
            String eventId,
            @Schema(description = "The event's type (fully qualified record name)") String payloadType,
            String aggregateId,
            Long sequenceNumber,
            @Schema(description = "The failure's type and message; the stack stays in the service log") String cause,
            String enqueuedAt,
            String lastTouched) {
    }

    @Schema(description = "The outcome of a retry")
    public record RetryResult(
            String group,
            String eventId,
            @Schema(description = "False when the event failed again and stays parked") boolean retried,
            @Schema(description = "Letters left in the group's queue") long remaining) {
    }
}
