package se.rjh.mtp.api.reporting.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One bad event, as both verifiers name it: reporting-service's over its copy, and each event store's own.
 *
 * @param aggregateId The event's aggregate (for an event outside an aggregate: its event id); null when a stored
 *                   document cannot be read at all
 * @param sequence The event's sequence number in its aggregate; -1 when it cannot be read
 * @param eventId The event's id; null when it cannot be read
 * @param detail What is wrong, in words
 * @param globalIndex The event's (or unreadable commit's) global index in the writing service's store; only in an
 *                   event store's own verification, and not for TRUNCATED
 */
public record ChainBreak(
        String aggregateId,
        long sequence,
        String eventId,
        Kind kind,
        String detail,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long globalIndex) {

    /** A break in reporting-service's copy, which has no global index. */
    public ChainBreak(String aggregateId, long sequence, String eventId, Kind kind, String detail) {
        this(aggregateId, sequence, eventId, kind, detail, null);
    }

    @Schema(description = "CHANGED: content or its readable copy no longer matches the hash, or a stored document "
            + "cannot be read; REMOVED: a sequence gap; REORDERED: prevHash is not the predecessor's hash, or a "
            + "sequence appears twice; MISSING_HASH: the event has no hash or no previous-hash link, so nothing "
            + "vouches for it; TRUNCATED: the store no longer reaches the head reporting-service received over Kafka "
            + "(its latest events were deleted); REWRITTEN: at that head's sequence the store holds a different hash")
    public enum Kind { CHANGED, REMOVED, REORDERED, MISSING_HASH, TRUNCATED, REWRITTEN }
}
